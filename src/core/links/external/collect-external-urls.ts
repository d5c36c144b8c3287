import type { LinkFacts } from '../link-facts.ts';

/**
 * Every distinct http(s) URL the docs reference, as written (fragment
 * included), sorted: the input of `checkExternalLinks`. Code blocks and
 * URLs in inline code are not references, so they are never fetched.
 */
export function collectExternalUrls(docs: readonly { analysis: { links: LinkFacts } }[]): string[] {
  const urls = new Set<string>();
  for (const { analysis } of docs) {
    for (const reference of analysis.links.references) {
      if (reference.external && /^https?:\/\//i.test(reference.url)) urls.add(reference.url);
    }
  }
  return [...urls].sort();
}

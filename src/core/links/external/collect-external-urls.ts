import type { SourceDoc } from '../../load/source-doc.ts';
import { linkFacts } from '../link-facts.ts';

/**
 * Every distinct http(s) URL the docs reference, as written (fragment
 * included), sorted: the input of `checkExternalLinks`. Code blocks and
 * URLs in inline code are not references, so they are never fetched.
 */
export function collectExternalUrls(sources: readonly SourceDoc[]): string[] {
  const urls = new Set<string>();
  for (const source of sources) {
    for (const reference of linkFacts.of(source).references) {
      if (reference.external && /^https?:\/\//i.test(reference.url)) urls.add(reference.url);
    }
  }
  return [...urls].sort();
}

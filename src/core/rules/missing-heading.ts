import { linkGraphOf, type DocLinks } from '../links/build-link-graph.ts';
import { suggest } from '../links/suggest.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

// `#top` works on GitHub and in browsers; `#L12` and `#L12-L20` are GitHub line links.
const ALWAYS_VALID = /^(?:top|L\d+(?:-L\d+)?)?$/i;
const SITE_NUMBERING =
  'the statusdocs site numbers raw HTML headings (`<h2>…</h2>`) with the Markdown ones and GitHub does not, so repeated heading texts get different suffixes; give the HTML heading an `id` to make them agree';

/**
 * `missing-heading`: a `#fragment` that matches no heading slug, `{#id}` or
 * HTML `id`/`name` in the target doc (or in the same doc). Slugs follow
 * GitHub (github-slugger); GitHub's `user-content-` prefix is accepted, and
 * so is a fragment differing only in case, since GitHub matches anchors
 * case-insensitively. The site uses the same slugger, and the two differ
 * only when raw HTML headings shift the numbering of repeated texts: a
 * fragment that lands on GitHub but on another id on the site is reported
 * too, and a missing fragment that only the site has gets a note.
 */
export const missingHeading: SetRule = {
  id: 'missing-heading',
  description: 'A link names a heading that does not exist in its target doc.',
  check(context) {
    const graph = linkGraphOf(context);
    for (const { entry, references } of graph.docs.values()) {
      for (const { reference, target, reportable } of references) {
        if (!reportable || target.status !== 'found' || target.fragment === undefined) continue;
        const linked = graph.docs.get(target.path);
        if (!linked) continue; // Not a doc we parsed: an image, a PDF, an excluded file.
        const fragment = target.fragment.replace(/^user-content-/, '');
        if (ALWAYS_VALID.test(fragment)) continue;
        const where = target.path === entry.source.path ? 'this doc' : `\`${target.path}\``;
        if (linked.landmarks.has(fragment) || linked.landmarks.has(fragment.toLowerCase())) {
          const site = siteSlugOf(linked, fragment);
          if (site === undefined) continue;
          report(
            entry.source.file,
            'missing-heading',
            `Heading \`#${fragment}\` in ${where} is \`#${site}\` on the statusdocs site; give the raw HTML heading before it an \`id\`, or link to a heading with a unique text`,
            reference.position,
            { expected: [`#${site}`], note: `The link works on GitHub, but ${SITE_NUMBERING}.` },
          );
          continue;
        }
        const wanted = numbersOf(fragment);
        // `#4-configuration` is not `#84-configuration`: another number is another section.
        const close = suggest(fragment.toLowerCase(), linked.landmarks)
          .filter((id) => wanted === '' || numbersOf(id) === '' || numbersOf(id) === wanted)
          .map((id) => `#${id}`);
        const advice =
          close.length > 0 ? `; did you mean \`${close[0] ?? ''}\`?` : "; check the heading's text";
        const onSiteOnly = linked.headings.some((heading) => heading.site === fragment);
        report(
          entry.source.file,
          'missing-heading',
          `Cannot find heading \`#${target.fragment}\` in ${where}${advice}`,
          reference.position,
          {
            ...(close.length > 0 ? { expected: close } : {}),
            ...(onSiteOnly
              ? { note: `\`#${fragment}\` exists on the statusdocs site only: ${SITE_NUMBERING}.` }
              : {}),
          },
        );
      }
    }
  },
};

/**
 * The site's id for the heading GitHub gives `fragment`, when the two
 * differ (on the site the fragment then lands on another heading, or
 * nowhere); undefined when the link lands on the same heading on both.
 */
function siteSlugOf(linked: DocLinks, fragment: string): string | undefined {
  const lower = fragment.toLowerCase();
  const heading = linked.headings.find((h) => h.github === fragment || h.github === lower);
  if (!heading || heading.site === heading.github) return undefined;
  return heading.site;
}

/** The numbers in an anchor, in order (`8-1-setup` → `8,1`). */
function numbersOf(anchor: string): string {
  return (anchor.match(/\d+/g) ?? []).join(',');
}

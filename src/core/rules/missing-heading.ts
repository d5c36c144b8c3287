import { linkGraphOf } from '../links/build-link-graph.ts';
import { suggest } from '../links/suggest.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

// `#top` works on GitHub and in browsers; `#L12` and `#L12-L20` are GitHub line links.
const ALWAYS_VALID = /^(?:top|L\d+(?:-L\d+)?)?$/i;

/**
 * `missing-heading`: a `#fragment` that matches no heading slug, `{#id}` or
 * HTML `id`/`name` in the target doc (or in the same doc). Slugs follow
 * GitHub (github-slugger), which the site uses too; GitHub's
 * `user-content-` prefix is accepted, and so is a fragment differing only
 * in case, since GitHub matches anchors case-insensitively.
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
        if (linked.landmarks.has(fragment) || linked.landmarks.has(fragment.toLowerCase()))
          continue;
        const where = target.path === entry.source.path ? 'this doc' : `\`${target.path}\``;
        const close = suggest(fragment.toLowerCase(), linked.landmarks).map((id) => `#${id}`);
        const advice =
          close.length > 0 ? `; did you mean \`${close[0] ?? ''}\`?` : "; check the heading's text";
        report(
          entry.source.file,
          'missing-heading',
          `Cannot find heading \`#${target.fragment}\` in ${where}${advice}`,
          reference.position,
          close.length > 0 ? { expected: close } : {},
        );
      }
    }
  },
};

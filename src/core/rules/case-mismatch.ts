import { linkGraphOf } from '../links/build-link-graph.ts';
import { displayPath } from '../links/file-index.ts';
import { formatLinkTarget } from '../links/format-link-target.ts';
import { planLinkFix } from '../links/plan-link-fix.ts';
import { relationPlace, relationTargetRange } from '../links/relation-place.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/**
 * `case-mismatch`: the target exists only with different letter case. It
 * opens on case-insensitive file systems (macOS, Windows) and breaks on
 * Linux, in CI and on the site. The fix writes the path as it exists, in
 * the doc's own style.
 */
export const caseMismatch: SetRule = {
  id: 'case-mismatch',
  description: 'A reference names an existing file with the wrong letter case.',
  check(context) {
    const graph = linkGraphOf(context);
    const { index } = graph;
    for (const { entry, references, relations } of graph.docs.values()) {
      const { source } = entry;
      const found = [
        ...references
          .filter(({ reportable, target }) => reportable && target.status === 'case-mismatch')
          .map(({ reference, target, record }) => ({
            url: reference.url,
            target,
            kind: reference.kind,
            range: record ? undefined : reference.range,
            place: reference.position,
          })),
        ...relations
          .filter(({ target }) => target.status === 'case-mismatch')
          .map(({ relation, target }) => ({
            url: relation.target,
            target,
            kind: 'relation' as const,
            range: relationTargetRange(source, relation),
            place: relationPlace(relation),
          })),
      ];
      for (const { url, target, kind, range, place } of found) {
        const text = formatLinkTarget(target.path, source.path, target, kind, index);
        const request = { from: source.path, url, target, kind, range, index };
        report(
          source.file,
          'case-mismatch',
          `Path \`${target.written}\` differs in case from \`${displayPath(index, target.path)}\`, which breaks on Linux and the site; write \`${text}\``,
          place,
          { expected: [text], fix: planLinkFix({ ...request, to: { path: target.path } }) },
        );
      }
    }
  },
};

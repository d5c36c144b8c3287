import { linkGraphOf } from '../links/build-link-graph.ts';
import { replaceRange } from '../links/describe-new-place.ts';
import { urlSuffix } from '../links/format-link-target.ts';
import { linkStyle } from '../links/link-style.ts';
import { relationPlace, relationTargetRange } from '../links/relation-place.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/**
 * `case-mismatch`: the target exists only with different letter case. It
 * opens on case-insensitive file systems (macOS, Windows) and breaks on
 * Linux, in CI and on the site. The fix writes the path as it exists.
 */
export const caseMismatch: SetRule = {
  id: 'case-mismatch',
  description: 'A reference names an existing file with the wrong letter case.',
  check(context) {
    const graph = linkGraphOf(context);
    for (const { entry, references, relations } of graph.docs.values()) {
      const { source } = entry;
      for (const { reference, target, reportable } of references) {
        if (!reportable || target.status !== 'case-mismatch') continue;
        const text = linkStyle(source.path, target.written, reference.kind)(target.path);
        report(
          source.file,
          'case-mismatch',
          `Path \`${target.written}\` differs in case from \`${target.path}\`, which breaks on Linux and the site; write \`${text}\``,
          reference.position,
          { expected: [text], fix: replaceRange(reference.range, text + urlSuffix(reference.url)) },
        );
      }
      for (const { relation, target } of relations) {
        if (target.status !== 'case-mismatch') continue;
        const text = linkStyle(source.path, relation.target, 'relation')(target.path);
        report(
          source.file,
          'case-mismatch',
          `Path \`${target.written}\` differs in case from \`${target.path}\`, which breaks on Linux and the site; write \`${text}\``,
          relationPlace(relation),
          {
            expected: [text],
            fix: replaceRange(
              relationTargetRange(source, relation),
              text + urlSuffix(relation.target),
            ),
          },
        );
      }
    }
  },
};

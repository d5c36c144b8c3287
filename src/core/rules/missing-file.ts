import { linkGraphOf } from '../links/build-link-graph.ts';
import { describeNewPlace, replaceRange } from '../links/describe-new-place.ts';
import { findNewPlace } from '../links/find-new-place.ts';
import { urlSuffix } from '../links/format-link-target.ts';
import { linkStyle } from '../links/link-style.ts';
import { relationPlace, relationTargetRange } from '../links/relation-place.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/**
 * `missing-file`: a link, image, HTML `href`/`src`, backticked doc path or
 * relation target that names no file under the content root. Says where the
 * file went: a git rename, the path read from the content root, the one file
 * with that name, or did-you-mean. Certain moves come with a fix.
 */
export const missingFile: SetRule = {
  id: 'missing-file',
  description: 'A reference or relation names a file that does not exist.',
  check(context) {
    const graph = linkGraphOf(context);
    for (const { entry, references, relations } of graph.docs.values()) {
      const { source } = entry;
      const reported = new Set<string>();
      for (const { reference, target, reportable } of references) {
        if (!reportable || target.status !== 'missing') continue;
        reported.add(`${reference.position.start.line}\u0000${target.written}`);
        const style = linkStyle(source.path, target.written, reference.kind);
        const advice = describeNewPlace(findNewPlace(target, graph.index, context.facts), style);
        const fixText =
          advice.certain === undefined
            ? undefined
            : style(advice.certain) + urlSuffix(reference.url);
        report(
          source.file,
          'missing-file',
          `Cannot find \`${target.written}\`${advice.clause}`,
          reference.position,
          { expected: advice.expected, fix: replaceRange(reference.range, fixText) },
        );
      }
      for (const { relation, target } of relations) {
        if (target.status !== 'missing') continue;
        // A header relation (`**Plan**: \`x.md\``) is also a reference on the same line.
        if (reported.has(`${relation.source.line ?? 0}\u0000${target.written}`)) continue;
        const style = linkStyle(source.path, relation.target, 'relation');
        const advice = describeNewPlace(findNewPlace(target, graph.index, context.facts), style);
        const fixText =
          advice.certain === undefined
            ? undefined
            : style(advice.certain) + urlSuffix(relation.target);
        report(
          source.file,
          'missing-file',
          `Cannot find \`${target.written}\`, the \`${relation.type}\` target${advice.clause}`,
          relationPlace(relation),
          {
            expected: advice.expected,
            fix: replaceRange(relationTargetRange(source, relation), fixText),
          },
        );
      }
    }
  },
};

import { linkGraphOf } from '../links/build-link-graph.ts';
import { describeNewPlace } from '../links/describe-new-place.ts';
import { displayPath } from '../links/file-index.ts';
import { findNewPlace } from '../links/find-new-place.ts';
import { formatLinkTarget } from '../links/format-link-target.ts';
import { planLinkFix } from '../links/plan-link-fix.ts';
import { relationPlace, relationTargetRange } from '../links/relation-place.ts';
import type { ReferenceKind } from '../links/collect-references.ts';
import type { ResolvedTarget } from '../links/resolve-reference.ts';
import type { Candidates } from '../links/suggest-path.ts';
import { report, type Place } from './report.ts';
import type { SetContext, SetRule } from './rule.ts';

/**
 * `missing-file`: a link, image, HTML `href`/`src`, backticked doc path or
 * relation target that names no file in the repository (under the content
 * root without git). Says where the file went: a git rename, the path read
 * from a folder above the doc, the one file with that name, or
 * did-you-mean. Certain moves come with a fix in the doc's own style,
 * never on a record that names a missing file on purpose.
 */
export const missingFile: SetRule = {
  id: 'missing-file',
  description: 'A reference or relation names a file that does not exist.',
  check(context) {
    const graph = linkGraphOf(context);
    // Did-you-mean candidates, prepared once per extension for the whole check.
    const candidates = new Map<string, Candidates>();
    for (const { entry, references, relations } of graph.docs.values()) {
      const { source } = entry;
      const reported = new Set<string>();
      for (const { reference, target, reportable, record } of references) {
        if (!reportable || target.status !== 'missing') continue;
        reported.add(`${reference.position.start.line}\u0000${target.written}`);
        reportMissing(context, candidates, entry.source, {
          url: reference.url,
          target,
          kind: reference.kind,
          // A bare prose path is measured apart: reported as info, never edited.
          range: record || reference.kind === 'bare' ? undefined : reference.range,
          place: reference.position,
          what: '',
        });
      }
      for (const { relation, target, reportable } of relations) {
        if (!reportable || target.status !== 'missing') continue;
        // A header relation (`**Plan**: \`x.md\``) is also a reference on the same line.
        if (reported.has(`${relation.source.line ?? 0}\u0000${target.written}`)) continue;
        reportMissing(context, candidates, source, {
          url: relation.target,
          target,
          kind: 'relation',
          range: relationTargetRange(source, relation),
          place: relationPlace(relation),
          what: `, the \`${relation.type}\` target`,
        });
      }
    }
  },
};

interface Missing {
  url: string;
  target: ResolvedTarget;
  kind: ReferenceKind | 'relation';
  range: { start: number; end: number } | undefined;
  place: Place;
  what: string;
}

function reportMissing(
  context: SetContext,
  candidates: Map<string, Candidates>,
  source: SetContext['docs'][number]['source'],
  missing: Missing,
): void {
  const { index } = linkGraphOf(context);
  const { target, kind } = missing;
  const place = findNewPlace(target, source.path, index, context.facts, candidates);
  const advice = describeNewPlace(
    place,
    (path) => displayPath(index, path),
    (path) => formatLinkTarget(path, source.path, target, kind, index),
  );
  const fix = advice.certain
    ? planLinkFix({
        from: source.path,
        url: missing.url,
        target,
        kind,
        range: missing.range,
        to: advice.certain,
        index,
      })
    : undefined;
  report(
    source.file,
    'missing-file',
    `Cannot find \`${target.written}\`${missing.what}${advice.clause}`,
    missing.place,
    { expected: advice.expected, fix, ...(kind === 'bare' ? { ceiling: 'info' as const } : {}) },
  );
}

import { linkGraphOf } from '../links/build-link-graph.ts';
import { findSuccessor, retirementOf } from '../links/find-successor.ts';
import { isDocPath } from '../links/looks-like-path.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';
import type { DocStatus } from '../model/vocabulary.ts';

/** Whether a doc's status makes it a record of finished work. */
function isHistory(status: DocStatus | null): boolean {
  return status === 'done' || status === 'abandoned';
}

/**
 * `link-to-superseded`: a current doc links to a superseded one, or to an
 * archived one that has a successor, so readers follow it to stale facts.
 * Names the successor when known. An archived doc with no successor is the
 * record of its work, fine to link to. A doc that declares a relation to the
 * target (`supersedes`, `previous`, `related`, …) refers to it on purpose and
 * is left alone, and retired, done and abandoned docs are history: their
 * links may point anywhere.
 */
export const linkToSuperseded: SetRule = {
  id: 'link-to-superseded',
  description: 'A current doc links to a superseded or archived doc.',
  check(context) {
    const graph = linkGraphOf(context);
    for (const { entry, references, relations } of graph.docs.values()) {
      if (retirementOf(entry.doc) || isHistory(entry.doc.status)) continue;
      const related = new Set(
        relations
          .filter(({ target }) => target.status === 'found')
          .map(({ target }) => target.path),
      );
      for (const { reference, target, reportable } of references) {
        if (!reportable || target.status !== 'found' || target.path === entry.source.path) continue;
        // A backticked path mentions a doc (a list of deliverables, an audit); it does not link to it.
        if (reference.kind === 'code' || reference.kind === 'bare') continue;
        // A link to a folder (`[archive/](archive/)`) opens its index on purpose.
        if (!isDocPath(target.written)) continue;
        if (related.has(target.path)) continue;
        const linked = graph.docs.get(target.path);
        const retired = linked && retirementOf(linked.entry.doc);
        if (!retired) continue;
        const successor = findSuccessor(target.path, graph);
        if (retired === 'archived' && !successor) continue;
        const advice = successor
          ? `; link to its successor \`${successor}\` instead`
          : '; link to the current doc instead';
        report(
          entry.source.file,
          'link-to-superseded',
          `Links to \`${target.path}\`, which is ${retired}${advice}`,
          reference.position,
          successor ? { expected: [successor] } : {},
        );
      }
    }
  },
};

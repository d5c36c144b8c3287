import { posix } from 'node:path';
import { codeReferences } from '../evidence/read-doc-file-history.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

const PAST = new Set(['done', 'superseded', 'archived', 'abandoned']);

/**
 * `drift` (info, opt-in with `drift.commits`): a living status doc whose
 * referenced code files changed in more than `drift.commits` commits after
 * the doc's own last commit, so what it says about them may no longer hold.
 * Reports, plans and handoffs describe their own time and are not checked,
 * nor are finished or retired trackers. Needs git.
 */
export const drift: SetRule = {
  id: 'drift',
  description: 'A status doc whose code changed in many commits since its last update.',
  check(context) {
    const limit = context.config.drift.commits;
    const { fileHistory, repoFiles } = context.facts;
    if (limit === undefined || !fileHistory || !repoFiles) return;
    for (const entry of context.docs) {
      const { source, doc } = entry;
      if (doc.kind !== 'status' || (doc.status !== null && PAST.has(doc.status))) continue;
      const own = fileHistory.versions.get(posix.join(repoFiles.contentDir, doc.path))?.[0];
      if (!own) continue;
      for (const { target, position } of codeReferences(entry, repoFiles)) {
        const later = (fileHistory.versions.get(target) ?? []).filter((v) => v.time > own.time);
        if (later.length <= limit) continue;
        report(
          source.file,
          'drift',
          `\`${target}\` changed in ${String(later.length)} commits since this doc was last updated (${own.date}); check that what the doc says about it still holds`,
          position,
        );
      }
    }
  },
};

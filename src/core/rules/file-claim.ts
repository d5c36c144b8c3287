import { posix } from 'node:path';
import { judgeFileClaim, type DocWindow } from '../evidence/judge-file-claim.ts';
import { indexByName, resolveClaimPath } from '../evidence/resolve-claim-path.ts';
import type { FileVersion } from '../evidence/file-history.ts';
import type { Doc } from '../model/doc.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

/**
 * `file-claim` (warning; precision measured in bench/calibration): a doc's claims about a file — its size (`(~180 lines)`), a
 * line range (`lines 167-217 in main.py`, `main.py:167`), its creation
 * (`Created`, `(new)`, `Added`) — checked against the file's history in
 * git, as of the doc's own dates. Only files git tracks are checked;
 * outside a repository nothing is.
 */
export const fileClaim: SetRule = {
  id: 'file-claim',
  description: 'A claim about a file (size, line range, creation) that git contradicts.',
  check(context) {
    const { fileHistory, repoFiles } = context.facts;
    if (!fileHistory || !repoFiles) return;
    const byName = indexByName(repoFiles);
    for (const { source, doc, analysis } of context.docs) {
      const claims = analysis.fileClaims;
      if (claims.length === 0) continue;
      const own = fileHistory.versions.get(posix.join(repoFiles.contentDir, doc.path)) ?? [];
      const window = docWindow(doc, own, context.today);
      for (const claim of claims) {
        const target = resolveClaimPath(claim.path, doc.path, repoFiles, byName);
        const versions = target ? fileHistory.versions.get(target) : undefined;
        if (!target || !versions?.length) continue;
        const reason = judgeFileClaim(claim, target, versions, window);
        if (reason)
          report(source.file, 'file-claim', reason, claim.position, { actual: claim.text });
      }
    }
  },
};

/** The dates a doc speaks for, from its metadata and its own commits (newest first). */
export function docWindow(doc: Doc, own: readonly FileVersion[], today: string): DocWindow {
  const firstCommit = own.at(-1)?.date;
  const lastCommit = own[0]?.date;
  const end = doc.updated ?? doc.date ?? lastCommit ?? today;
  const starts = [doc.date, firstCommit, end].filter(
    (d): d is string => d !== null && d !== undefined,
  );
  return { start: starts.sort()[0] ?? end, end, dated: doc.date !== null };
}

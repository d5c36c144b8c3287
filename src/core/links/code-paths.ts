import { posix } from 'node:path';
import type { FileIndex } from './file-index.ts';

/**
 * Whether a missing path to a file other than a doc (`src/auth.py`,
 * `img/flow.png`) can be judged. Only a repository that holds files of
 * that kind can be missing one: a docs-only repository, a sparse checkout
 * or a bundle of Markdown files says nothing about code it does not hold.
 * Written in prose (backticked or bare), the path must also be a path
 * (with a `/`; `api.py` alone names a module anywhere) and git must list
 * the repository's files: without git only the content root is known, and
 * prose talks about the whole repository.
 */
export function isCheckableFile(written: string, index: FileIndex, prose: boolean): boolean {
  if (prose && !isProseFilePath(written, index)) return false;
  if (!index.repo) return true;
  // A folder (`src/auth/`) is judged in a repository that holds more than docs.
  if (written.endsWith('/')) return index.holdsCode;
  return index.byExtension.has(posix.extname(written).toLowerCase());
}

/**
 * Whether a path written in prose names a file of the repository precisely
 * enough to be judged: git lists the files, the path has a folder and an
 * extension. A leading `/` (`/auth/login`, `/orchestrator/`) is a route or
 * a machine's folder as often as a repository path, and a folder alone
 * (`core/decorators/`) is too loose a claim: neither is judged.
 */
function isProseFilePath(written: string, index: FileIndex): boolean {
  if (!index.repo || written.startsWith('/') || written.endsWith('/')) return false;
  return written.includes('/') && posix.extname(written) !== '';
}

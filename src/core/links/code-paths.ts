import { posix } from 'node:path';
import type { FileIndex } from './file-index.ts';
import { isDocPath } from './looks-like-path.ts';

const extensions = new WeakMap<FileIndex, Set<string>>();

/** The lower-cased extension of every file in the index (`''` for none), once per index. */
function extensionsOf(index: FileIndex): Set<string> {
  let set = extensions.get(index);
  if (!set) {
    set = new Set([...index.files].map((path) => posix.extname(path).toLowerCase()));
    extensions.set(index, set);
  }
  return set;
}

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
  if (written.endsWith('/')) return holdsCode(index);
  return extensionsOf(index).has(posix.extname(written).toLowerCase());
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

const withCode = new WeakMap<FileIndex, boolean>();

/** Whether git lists any file other than a doc: a docs-only repository cannot tell its code folders. */
export function holdsCode(index: FileIndex): boolean {
  let holds = withCode.get(index);
  if (holds === undefined) {
    holds = index.repo !== undefined && [...index.files].some((path) => !isDocPath(path));
    withCode.set(index, holds);
  }
  return holds;
}

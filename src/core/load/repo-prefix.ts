import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where `dir` sits inside its git repository, with `/` separators (`docs/archive`),
 * or `''` when it is the repository root or not in one. Folder inference
 * uses it, so that checking `docs/archive` alone still knows its docs are
 * archived. Reads the file system: look it up once per content root and
 * hand it to the per-doc phase (`indexDoc`).
 */
export function repoPrefix(dir: string): string {
  const root = findRepoRoot(dir);
  return root === null ? '' : path.relative(root, dir).split(path.sep).join('/');
}

/** The nearest folder at or above `dir` that holds a `.git` (folder or file), or null. */
export function findRepoRoot(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file below `dir`, at any depth, as paths joined to `dir`, sorted so
 * that the same tree always lists the same way (fingerprints hash the list);
 * none when `dir` cannot be read.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

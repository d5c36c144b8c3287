import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../io/write-atomic.ts';
import type { Release } from './release.ts';
import { spliceChangelog } from './splice-changelog.ts';

/**
 * Update `file` with the releases: read it (if any), splice the owned block,
 * and replace it atomically (temp file in the same folder, then rename), so
 * a crash never leaves half a file. Returns whether the text changed.
 */
export async function writeChangelogFile(
  file: string,
  releases: readonly Release[],
): Promise<boolean> {
  const existing = await readFile(file, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  const next = spliceChangelog(existing, releases);
  if (next === existing) return false;
  await writeAtomic(file, next, {
    tempName: `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  });
  return true;
}

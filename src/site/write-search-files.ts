import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../core/io/write-atomic.ts';

/** One file of Pagefind's bundle: its path inside the bundle and its bytes. */
export interface SearchFile {
  path: string;
  content: Uint8Array;
}

/** What writing did, for the build log and tests. */
export interface SearchFilesOutcome {
  /** Files whose bytes were already kept from an earlier build, linked from there. */
  kept: number;
  /** Files written (new or changed). */
  written: number;
}

/** Files handled at once. */
const BATCH = 64;

/**
 * Write Pagefind's bundle into `target`. With a `keep` folder (in Astro's
 * cache), each file is kept there and the bundle gets a hard link to it:
 * a file whose bytes did not change since the last build (the fragment of
 * an unchanged page, Pagefind's scripts) is neither written nor, when the
 * old site is removed, freed. Kept files are only ever replaced by a rename,
 * never written in place, so the bundle of one build cannot change under
 * another. Kept files the bundle no longer has are removed. Without `keep`,
 * or where links cannot be made, files are written as they are.
 */
export async function writeSearchFiles(
  files: readonly SearchFile[],
  target: string,
  keep: string | undefined,
): Promise<SearchFilesOutcome> {
  const outcome = { kept: 0, written: 0 };
  const folders = new Set(files.map((file) => path.dirname(path.join(target, file.path))));
  if (keep) for (const file of files) folders.add(path.dirname(path.join(keep, file.path)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (let start = 0; start < files.length; start += BATCH) {
    await Promise.all(
      files.slice(start, start + BATCH).map(async (file) => {
        const into = path.join(target, file.path);
        if (!keep) {
          await writeFile(into, file.content);
          outcome.written++;
          return;
        }
        const kept = path.join(keep, file.path);
        const previous = await readFile(kept).catch(() => undefined);
        if (previous?.equals(file.content)) outcome.kept++;
        else {
          await writeAtomic(kept, file.content);
          outcome.written++;
        }
        await link(kept, into).catch(() => writeFile(into, file.content));
      }),
    );
  }
  if (keep) await removeStale(keep, new Set(files.map((file) => path.join(keep, file.path))));
  return outcome;
}

/** Remove the files under `keep` that are not in `current`. */
async function removeStale(keep: string, current: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(keep, { recursive: true, withFileTypes: true });
  const stale = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !current.has(file));
  for (let start = 0; start < stale.length; start += BATCH) {
    await Promise.all(stale.slice(start, start + BATCH).map((file) => rm(file, { force: true })));
  }
}

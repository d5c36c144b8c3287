import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { discoverDocs } from '../load/discover-docs.ts';
import { gitBlobId } from './git-blob-id.ts';

/** A doc file in the working tree, with the blob id git would give it. */
export interface WorkingFile {
  path: string;
  blob: string;
  bytes: Uint8Array;
}

/**
 * Read the docs of the working tree ("latest"). Files that cannot be read
 * or are over the size limit are read as empty, so `check` (which reads
 * the same files) is the one to report them.
 */
export async function readWorkingTree(
  root: string,
  options: { include: readonly string[]; exclude: readonly string[]; maxFileSize: number },
  format: 'sha1' | 'sha256',
): Promise<WorkingFile[]> {
  const paths = await discoverDocs(root, options.include, options.exclude);
  const files: WorkingFile[] = [];
  // A batch of files at a time: one after another, each read waits on the disk.
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH).map(async (relative) => {
      const bytes = await readDoc(root, relative, options);
      return { path: relative, blob: gitBlobId(bytes, format), bytes };
    });
    files.push(...(await Promise.all(batch)));
  }
  return files;
}

/** Files read at once. */
const BATCH = 32;

async function readDoc(
  root: string,
  relative: string,
  options: { maxFileSize: number },
): Promise<Uint8Array> {
  const absolute = path.join(root, relative);
  try {
    const stats = await lstat(absolute);
    if (stats.isFile() && stats.size <= options.maxFileSize) return await readFile(absolute);
  } catch {
    // Unreadable: history shows the doc, `check` reports why it is empty.
  }
  return new Uint8Array();
}

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
  for (const relative of paths) {
    const absolute = path.join(root, relative);
    let bytes: Uint8Array = new Uint8Array();
    try {
      const stats = await lstat(absolute);
      if (stats.isFile() && stats.size <= options.maxFileSize) bytes = await readFile(absolute);
    } catch {
      // Unreadable: history shows the doc, `check` reports why it is empty.
    }
    files.push({ path: relative, blob: gitBlobId(bytes, format), bytes });
  }
  return files;
}

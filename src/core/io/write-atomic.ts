import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** How {@link writeAtomic} writes; every field is optional. */
export interface AtomicWriteOptions {
  /** Mode of the new file, before the umask; default `0o666`. */
  mode?: number;
  /** Flush the file to disk before the rename, and the folder after it. */
  sync?: boolean;
  /**
   * The temp file's name in the file's folder; default
   * `<name>.<pid>.<random>.tmp`, the pattern `removeStaleTemps` cleans up.
   */
  tempName?: string;
  /** Called with the written temp file before it replaces `file` (to set its owner, say). */
  beforeRename?: (handle: FileHandle, temp: string) => Promise<void>;
  /** The rename; a test seam to simulate a crash. */
  rename?: (from: string, to: string) => Promise<void>;
}

/**
 * Write `data` to `file` so that a reader, or a crash, sees the old content
 * or the new one, never a mix: a new temp file in the same folder (a rename
 * is atomic only within one file system), then a rename over `file`. On
 * failure the temp file is removed and the error thrown; `file` is as it was.
 * The one atomic write of statusdocs: caches, build records, changelogs and
 * the docs `fix` and `import` change all go through it.
 */
export async function writeAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = path.dirname(file);
  const name =
    options.tempName ??
    `${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const temp = path.join(folder, name);
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o666);
    try {
      await handle.writeFile(data);
      if (options.sync) await handle.sync();
      await options.beforeRename?.(handle, temp);
    } finally {
      await handle.close();
    }
    await (options.rename ?? rename)(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (options.sync) await syncFolder(folder);
}

/** Flush a folder entry so a rename survives a power cut; not every platform allows it. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open folders; the rename is still atomic there.
  }
}

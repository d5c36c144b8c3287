import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { chmod, rename, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../io/write-atomic.ts';

/** File operations {@link writeFileAtomic} uses; tests replace `rename` to simulate a crash. */
export interface AtomicWriteFs {
  rename: (from: string, to: string) => Promise<void>;
}

const DEFAULT_FS: AtomicWriteFs = { rename };

/** Why a file was not written, in the house's one-sentence style. */
export class WriteError extends Error {
  override name = 'WriteError';
  /** The system error code, e.g. `EEXIST`, `EACCES`. */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Replace a file's content so that a reader, or a crash, sees either the old
 * bytes or the new ones, never a mix: write a temporary file in the same
 * folder (a rename is atomic only within one file system), flush it to disk,
 * give it the original's mode, then rename it over the original. On any
 * failure the temporary file is removed and the original is untouched.
 *
 * A file without write permission is refused first: `rename` only needs
 * the folder to be writable, so it would silently replace a read-only file,
 * and root may write anything; the mode bits are what the user meant.
 */
export async function writeFileAtomic(
  file: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = DEFAULT_FS,
): Promise<void> {
  const stats = await stat(file).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new WriteError(`Cannot read \`${file}\` (${code})`, code);
  });
  if ((stats.mode & 0o200) === 0) {
    throw new WriteError(
      `\`${file}\` is read-only; make it writable (chmod u+w) to change it`,
      'EACCES',
    );
  }
  const mode = stats.mode & 0o7777;
  try {
    await writeAtomic(file, bytes, {
      mode,
      sync: true,
      // Hidden, and named for statusdocs, beside the user's own file.
      tempName: `.${path.basename(file)}.statusdocs-${randomBytes(6).toString('hex')}.tmp`,
      beforeRename: async (handle, temp) => {
        // The new file is the writer's (root's, under sudo): give it the original's owner first,
        // since changing the owner clears the set-id bits of the mode.
        await keepOwner(handle, stats, file);
        // `open` applies the umask; the original's mode must survive exactly.
        await chmod(temp, mode);
      },
      rename: fs.rename,
    });
  } catch (error) {
    if (error instanceof WriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new WriteError(`Cannot write \`${file}\` (${code}); it was left unchanged`, code);
  }
}

/** Give the temporary file behind `handle` the owner and group of `original`, or refuse. */
async function keepOwner(handle: FileHandle, original: Stats, file: string): Promise<void> {
  if (process.platform === 'win32') return;
  const own = await handle.stat();
  if (own.uid === original.uid && own.gid === original.gid) return;
  try {
    await handle.chown(original.uid, original.gid);
  } catch {
    throw new WriteError(
      `\`${file}\` belongs to another user or group (${original.uid}:${original.gid}), which writing it would change; run as its owner`,
      'EPERM',
    );
  }
}

import { randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import path from 'node:path';
import { WriteError } from './write-file-atomic.ts';

/**
 * Create a file that must not exist yet, atomically: the content is
 * written and flushed to a temporary file in the same folder, then
 * hard-linked to its name, which fails if the name was taken meanwhile, so
 * an existing file is never overwritten and a crash never leaves half a
 * file. Creates missing folders.
 */
export async function writeNewFile(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.statusdocs-${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new WriteError(`\`${file}\` already exists; it was left unchanged`, code);
    throw new WriteError(`Cannot write \`${file}\` (${code ?? (error as Error).message})`, code);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

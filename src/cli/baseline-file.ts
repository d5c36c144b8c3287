import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { WriteError, writeFileAtomic } from '../core/fix/write-file-atomic.ts';
import { writeNewFile } from '../core/fix/write-new-file.ts';
import { parseBaseline, type Baseline } from '../core/report/index.ts';
import { UsageError } from './io.ts';

/** Read `check --baseline FILE`; a missing or foreign file is a usage error. */
export async function readBaseline(cwd: string, file: string): Promise<Baseline> {
  const text = await readFile(path.resolve(cwd, file), 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new UsageError(
      `Cannot read the baseline \`${file}\``,
      `Record one first with \`statusdocs check --write-baseline ${file}\``,
    );
  }
  const baseline = parseBaseline(text);
  if (!baseline) {
    throw new UsageError(
      `\`${file}\` is not a statusdocs baseline`,
      `Write it again with \`statusdocs check --write-baseline ${file}\``,
    );
  }
  return baseline;
}

/** Write a baseline atomically (`check --write-baseline FILE`): replace the old one, or create it. */
export async function writeBaseline(file: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  try {
    const exists = await stat(file).then(
      () => true,
      () => false,
    );
    await (exists ? writeFileAtomic(file, bytes) : writeNewFile(file, bytes));
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new UsageError(error.message, 'Pick a writable path for --write-baseline');
  }
}

import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** `<name>.<pid>.<anything>.tmp`: the temp files statusdocs' cache writers make. */
const TEMP = /\.(\d+)\.[^.]+\.tmp$/;

/**
 * Remove the temp files a killed statusdocs left in a cache folder: only
 * names of our own pattern, and only when the process that made them is
 * gone (a concurrent run's temp file is left alone). Never throws.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = TEMP.exec(name)?.[1];
      if (pid === undefined || isAlive(Number(pid))) return;
      await rm(path.join(dir, name), { force: true }).catch(() => undefined);
    }),
  );
}

/** Whether a process with this id runs on this machine (same-host folders only). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from '../../core/io/remove-stale-temps.ts';
import { UsageError } from '../io.ts';
import { SITE_MARK } from './out-folder.ts';

/** In a work folder: the id of the process building there. */
const OWNER = 'owner.pid';
/** A work folder without an owner file is stale after this long (it was killed while being made). */
const ORPHAN_MS = 60 * 60 * 1000;

/**
 * Make the work folder of a build beside `out` (`.<out>.build-XXXXXX`, on
 * the same file system, so the swap is a rename), after finishing or
 * removing what killed builds left there. Missing parents are made; a parent
 * that cannot be made or written is a one-line usage error.
 */
export async function openWorkFolder(out: string): Promise<string> {
  const parent = path.dirname(out);
  try {
    await mkdir(parent, { recursive: true });
    await recoverStaleBuilds(out);
    const work = await mkdtemp(path.join(parent, `.${path.basename(out)}.build-`));
    await writeFile(path.join(work, OWNER), String(process.pid));
    return work;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(
      `Cannot build beside the output folder: \`${parent}\` cannot be made or written (${code})`,
      'Pass an --out whose parent folder you can write',
    );
  }
}

/**
 * Put the finished site (`<work>/site`) in place of `out` and mark it as
 * statusdocs' own. The old output is moved aside into the work folder, the
 * new one renamed in, then the work folder removed; if the second rename
 * fails the old output is put back. A crash between the two renames leaves
 * both in the work folder, and the next build finishes the swap
 * ({@link recoverStaleBuilds}).
 */
export async function swapInto(work: string, out: string): Promise<void> {
  const site = path.join(work, 'site');
  const old = path.join(work, 'site.old');
  await writeFile(path.join(site, SITE_MARK), 'This folder is a site built by statusdocs.\n');
  const hadOutput = await exists(out);
  if (hadOutput) await rename(out, old);
  try {
    await rename(site, out);
  } catch (error) {
    if (hadOutput) await rename(old, out);
    throw error;
  }
  await rm(work, { recursive: true, force: true });
}

/**
 * Remove the work folders of builds into `out` whose process is gone. When
 * one died in the middle of a swap (no `out`, the new site complete beside
 * the old one), finish it first: the new site if it was marked, else the
 * old one goes back.
 */
export async function recoverStaleBuilds(out: string): Promise<void> {
  const parent = path.dirname(out);
  const prefix = `.${path.basename(out)}.build-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.startsWith(prefix))) {
    const work = path.join(parent, name);
    if (!(await isStale(work))) continue;
    if (!(await exists(out))) {
      const site = path.join(work, 'site');
      const old = path.join(work, 'site.old');
      if ((await exists(old)) && (await exists(path.join(site, SITE_MARK)))) {
        await rename(site, out);
      } else if (await exists(old)) {
        await rename(old, out);
      }
    }
    await rm(work, { recursive: true, force: true });
  }
}

async function isStale(work: string): Promise<boolean> {
  const owner = await readFile(path.join(work, OWNER), 'utf8').catch(() => undefined);
  if (owner !== undefined) return !isAlive(Number(owner));
  const info = await stat(work).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ORPHAN_MS;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

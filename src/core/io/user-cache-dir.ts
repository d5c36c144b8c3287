import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, lstat, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from './write-atomic.ts';

/**
 * The current user's private cache: a folder only this user can enter, and
 * the secret that seals every cache file statusdocs writes (see
 * {@link sealText}), so a cache planted by someone else (another local user,
 * a pull request that commits `.statusdocs/`) is never believed.
 */
export interface UserCache {
  /** The private folder, or `undefined` when none could be made safely (read-only `$HOME`, a folder owned by someone else). */
  dir: string | undefined;
  /** 32 secret bytes; random for this process alone when there is no private folder, so no cache of an earlier run validates. */
  secret: Uint8Array;
}

/** Environment variables that place the private cache. */
export interface UserCacheEnv {
  /** Explicit folder (CI caches, tests). */
  STATUSDOCS_CACHE_DIR?: string | undefined;
  XDG_CACHE_HOME?: string | undefined;
  HOME?: string | undefined;
}

const SECRET_BYTES = 32;
// Process-wide, not per doc: one secret and folder check per cache folder for the life of the process.
// eslint-disable-next-line statusdocs/no-module-state
const opened = new Map<string, Promise<UserCache>>();

/**
 * Open (once per process and folder) the user's private cache:
 * `$STATUSDOCS_CACHE_DIR`, else `$XDG_CACHE_HOME/statusdocs`, else
 * `~/.cache/statusdocs`. The folder is created with mode 0700 and used only
 * if it is a real folder (not a symbolic link) owned by this user; a looser
 * mode on our own folder is tightened. Never throws: without a safe folder
 * the caches of this run are private to the process.
 */
export function openUserCache(env: UserCacheEnv): Promise<UserCache> {
  const dir = userCachePath(env);
  const key = dir ?? '';
  let cache = opened.get(key);
  if (!cache) {
    cache = openAt(dir);
    opened.set(key, cache);
  }
  return cache;
}

function userCachePath(env: UserCacheEnv): string | undefined {
  if (env.STATUSDOCS_CACHE_DIR) return path.resolve(env.STATUSDOCS_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) {
    return path.join(env.XDG_CACHE_HOME, 'statusdocs');
  }
  if (env.HOME && path.isAbsolute(env.HOME)) return path.join(env.HOME, '.cache', 'statusdocs');
  return undefined;
}

async function openAt(dir: string | undefined): Promise<UserCache> {
  const safe = dir === undefined ? undefined : await ensurePrivateFolder(dir);
  const secret = safe === undefined ? undefined : await readOrCreateSecret(safe);
  if (safe === undefined || secret === undefined) {
    return { dir: undefined, secret: randomBytes(SECRET_BYTES) };
  }
  return { dir: safe, secret };
}

/**
 * Make `dir` (and any missing parents) with mode 0700 and return it if it
 * is safe to use: a folder, not a link, owned by this user, closed to
 * others. Returns `undefined` otherwise.
 */
export async function ensurePrivateFolder(dir: string): Promise<string | undefined> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const stats = await lstat(dir);
    if (!stats.isDirectory()) return undefined;
    if (process.getuid && stats.uid !== process.getuid()) return undefined;
    if ((stats.mode & 0o077) !== 0) await chmod(dir, 0o700);
    return dir;
  } catch {
    return undefined;
  }
}

async function readOrCreateSecret(dir: string): Promise<Uint8Array | undefined> {
  const file = path.join(dir, 'secret');
  const existing = await readSecret(file);
  if (existing) return existing;
  await writeAtomic(file, randomBytes(SECRET_BYTES), { mode: 0o600 }).catch(() => undefined);
  // Another process may have written its own first: use whichever won.
  return readSecret(file);
}

async function readSecret(file: string): Promise<Uint8Array | undefined> {
  try {
    const stats = await lstat(file);
    if (!stats.isFile() || (process.getuid && stats.uid !== process.getuid())) return undefined;
    const bytes = await readFile(file, { flag: constants.O_RDONLY | constants.O_NOFOLLOW });
    return bytes.length === SECRET_BYTES ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  }
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../io/list-files.ts';
import { sha1 } from './hash.ts';

const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../../package.json', import.meta.url));

// Process-wide, not per doc: the engine's own sources do not change while it runs.
// eslint-disable-next-line statusdocs/no-module-state
const fingerprints = new Map<string, Promise<string>>();

/**
 * The version of the engine that produced cached results: the package version
 * plus a hash of every source file of `src/core`. Hashing the sources (a few
 * milliseconds) instead of trusting the version alone means a rule changed
 * without a version bump, as happens all the time in development, can never
 * be answered from a stale cache.
 */
export function engineFingerprint(): Promise<string> {
  return fingerprintOf('src/core');
}

/** The same for everything a site build uses: all of `src` (engine, site, CLI) and `public`. */
export async function siteFingerprint(): Promise<string> {
  return `${await fingerprintOf('src')}+${await fingerprintOf('public')}`;
}

function fingerprintOf(folder: string): Promise<string> {
  let fingerprint = fingerprints.get(folder);
  if (!fingerprint) {
    fingerprint = computeFingerprint(path.join(PACKAGE_ROOT, folder));
    fingerprints.set(folder, fingerprint);
  }
  return fingerprint;
}

async function computeFingerprint(dir: string): Promise<string> {
  const version = await readFile(PACKAGE, 'utf8')
    .then((text) => String((JSON.parse(text) as { version?: unknown }).version))
    .catch(() => 'unknown');
  const files = await listFiles(dir);
  const parts = await Promise.all(
    files.map(async (file) => `${path.relative(dir, file)}\0${sha1(await readFile(file))}`),
  );
  return `${version}+${sha1(parts.join('\n'))}`;
}

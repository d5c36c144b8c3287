import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha1 } from './hash.ts';

const CORE = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../../package.json', import.meta.url));

let fingerprint: Promise<string> | undefined;

/**
 * The version of the engine that produced cached results: the package version
 * plus a hash of every source file of `src/core`. Hashing the sources (a few
 * milliseconds) instead of trusting the version alone means a rule changed
 * without a version bump, as happens all the time in development, can never
 * be answered from a stale cache.
 */
export function engineFingerprint(): Promise<string> {
  fingerprint ??= computeFingerprint();
  return fingerprint;
}

async function computeFingerprint(): Promise<string> {
  const version = await readFile(PACKAGE, 'utf8')
    .then((text) => String((JSON.parse(text) as { version?: unknown }).version))
    .catch(() => 'unknown');
  const files = (await readdir(CORE, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const parts = await Promise.all(
    files.map(async (file) => `${path.relative(CORE, file)}\0${sha1(await readFile(file))}`),
  );
  return `${version}+${sha1(parts.join('\n'))}`;
}

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteFingerprint } from '../../core/cache/engine-fingerprint.ts';
import { PACKAGE_ROOT, SITE_DIR } from './site-toolchain.ts';

/** Where one Astro build of the site runs from. */
export interface SiteRoot {
  /** Astro's root: holds the site's code and gets Astro's `.astro/` folder. */
  root: string;
  /** The pages, layouts and content config, inside `root`. */
  srcDir: string;
  /** The integration module of this copy (the one whose pages `srcDir` holds). */
  integration: string;
}

/** Marks a copy as complete; a copy without it is made again. */
const COMPLETE = '.complete';

/**
 * A root for Astro that statusdocs owns. Astro writes its `.astro/` folder
 * (types, content modules) into its root, and the root must hold `srcDir`;
 * the statusdocs package itself may be read-only (a global install, a
 * package store), so the site's code (`src/` in a checkout, `lib/` in the
 * package) and `public/` are copied into the user's private cache, once per
 * version of the code, and reused so Astro's caches keep working across
 * builds. Without a private cache the copy goes into the build's work folder.
 * `node_modules` of the copy links the folder Astro was installed in.
 */
export async function prepareSiteRoot(
  userCacheDir: string | undefined,
  work: string,
  modules: string,
): Promise<SiteRoot> {
  const code = path.dirname(SITE_DIR);
  const name = path.basename(code);
  const root = userCacheDir
    ? path.join(userCacheDir, 'site-root', await codeKey(code))
    : path.join(work, 'app');
  if (!existsSync(path.join(root, COMPLETE))) await copyCode(root, code, name, modules);
  const extension = existsSync(path.join(SITE_DIR, 'integration.ts')) ? '.ts' : '.js';
  return {
    root,
    srcDir: path.join(root, name, 'site'),
    integration: path.join(root, name, 'site', `integration${extension}`),
  };
}

async function codeKey(code: string): Promise<string> {
  const fingerprint = `${await siteFingerprint()}\0${code}`;
  return createHash('sha1').update(fingerprint).digest('hex').slice(0, 16);
}

/**
 * The copy's package.json: the package's version, so the engine of the copy
 * has the fingerprint of the engine it was copied from and the site's check
 * answers from the cache `statusdocs build` just filled (a copy without a
 * version would miss it and check every doc again); ES modules, as the code is.
 */
async function copyManifest(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return `${JSON.stringify({ private: true, type: 'module', version: manifest.version }, null, 2)}\n`;
}

/** Copy into a temp folder, then rename it in: a concurrent build sees a whole copy or none. */
async function copyCode(root: string, code: string, name: string, modules: string): Promise<void> {
  const temp = `${root}.${process.pid}.tmp`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  await cp(code, path.join(temp, name), {
    recursive: true,
    filter: (source) => !/\.test\.[cm]?[jt]s$/.test(source),
  });
  const publicDir = path.join(PACKAGE_ROOT, 'public');
  if (existsSync(publicDir)) await cp(publicDir, path.join(temp, 'public'), { recursive: true });
  await writeFile(path.join(temp, 'package.json'), await copyManifest());
  await symlink(modules, path.join(temp, 'node_modules'), 'dir');
  // Dependencies npm nested under the package (other versions than the
  // project's) resolve first, as they would from the package itself.
  const nested = path.join(PACKAGE_ROOT, 'node_modules');
  if (existsSync(nested) && path.resolve(nested) !== path.resolve(modules)) {
    await symlink(nested, path.join(temp, name, 'node_modules'), 'dir');
  }
  await writeFile(path.join(temp, COMPLETE), '');
  await rm(root, { recursive: true, force: true });
  try {
    await rename(temp, root);
  } catch (error) {
    // Another build put its own copy in place first: use that one.
    await rm(temp, { recursive: true, force: true });
    if (!existsSync(path.join(root, COMPLETE))) throw error;
  }
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../io.ts';

/** The packages only `statusdocs build` needs: optional peer dependencies of statusdocs. */
export const SITE_PACKAGES = ['astro', 'pagefind'] as const;

/** The statusdocs package: Astro's root, so the site builds from any folder. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The statusdocs site (pages, layouts, content config) beside this module:
 * `src/site` in a checkout of the repository, `lib/site` in the package.
 */
export const SITE_DIR = fileURLToPath(new URL('../../site/', import.meta.url));

/**
 * Stop with one line saying what to install when the site toolchain is
 * missing: `check` and the other commands run without it, so a repo that
 * only checks its docs installs a few megabytes, not Astro's hundreds.
 * Packages are looked up from the statusdocs package, as it imports them.
 */
export function assertSiteToolchain(from: string = PACKAGE_ROOT): void {
  const missing = SITE_PACKAGES.filter((name) => !isInstalled(name, from));
  if (missing.length > 0) {
    throw new UsageError(
      `\`statusdocs build\` needs ${missing.map((name) => `\`${name}\``).join(' and ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed`,
      `Run \`npm install -D ${SITE_PACKAGES.join(' ')}\` once, then build again`,
    );
  }
}

/** Whether `name` is in a `node_modules` folder at or above `from`, where Node's import would look. */
export function isInstalled(name: string, from: string): boolean {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules', name, 'package.json'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import statusdocs, { type FailOn } from '../../../src/site/integration.ts';

/** The repository root, where `src/site` and `node_modules` live. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** What {@link buildSite} needs. */
export interface BuildSiteOptions {
  /** Folder of status docs, relative to the repository root. It is copied, never written to. */
  content: string;
  /** Passed to the integration; the e2e sites show every finding, so default `never`. */
  failOn?: FailOn;
  /** `YYYY-MM-DD` the docs are checked against, so pages do not change with the calendar. */
  today?: string;
  /** Passed to the integration: render raw HTML unsanitized. Default `false`. */
  trustHtml?: boolean;
}

/** A built site in a temporary directory. */
export interface BuiltSite {
  /** The built site (Astro's `outDir`). */
  outDir: string;
  /** The copy of the docs the site was built from. */
  contentDir: string;
  /** Remove the temporary directory. */
  cleanup: () => Promise<void>;
}

/**
 * Build a site from a copy of `options.content` into a fresh temporary
 * directory, with the same programmatic Astro build the site tests use. The
 * copy and Astro's cache live in the temp directory too, so the repository's
 * `content/`, `dist/` and cache stay untouched.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const work = await mkdtemp(path.join(tmpdir(), 'statusdocs-e2e-'));
  const contentDir = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  await cp(path.resolve(repoRoot, options.content), contentDir, { recursive: true });
  const previousToday = process.env.STATUSDOCS_TODAY;
  process.env.STATUSDOCS_TODAY = options.today ?? '2026-11-21';
  try {
    await build({
      root: repoRoot,
      configFile: false,
      srcDir: './src/site',
      outDir,
      cacheDir: path.join(work, 'cache'),
      logLevel: 'error',
      integrations: [
        statusdocs({
          content: contentDir,
          failOn: options.failOn ?? 'never',
          trustHtml: options.trustHtml ?? false,
        }),
      ],
    });
  } finally {
    if (previousToday === undefined) delete process.env.STATUSDOCS_TODAY;
    else process.env.STATUSDOCS_TODAY = previousToday;
  }
  return { outDir, contentDir, cleanup: () => rm(work, { recursive: true, force: true }) };
}

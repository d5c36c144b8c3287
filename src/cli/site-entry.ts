import { pathToFileURL } from 'node:url';
import type { build as astroBuild } from 'astro';
import type statusdocsIntegration from '../site/integration.ts';

/** What `statusdocs build` runs: Astro's `build` and the statusdocs integration. */
export interface SiteEntry {
  build: typeof astroBuild;
  statusdocs: typeof statusdocsIntegration;
}

/**
 * The one place the CLI reaches the site shell (the lint rule
 * `statusdocs/core-layers` allows no other): Astro and the statusdocs
 * integration, loaded on demand so other commands never load Astro. The
 * integration is the one of the copy of the site Astro builds from
 * (`integrationFile`, see `prepareSiteRoot`), so its modules are the ones
 * Astro's own imports resolve to.
 */
export async function loadSiteEntry(integrationFile: string): Promise<SiteEntry> {
  const { build } = await import('astro');
  const { default: statusdocs } = (await import(
    pathToFileURL(integrationFile).href
  )) as typeof import('../site/integration.ts');
  return { build, statusdocs };
}

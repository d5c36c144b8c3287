import type { SiteOptions } from './options.ts';

/**
 * The options the integration resolved, kept on `globalThis` under a
 * registered symbol: the collections live in the host's content config,
 * which Vite loads as its own module instance, so a module variable would
 * not be seen there; the process is the same, so the global is.
 */
const KEY = Symbol.for('statusdocs.siteOptions');

type Holder = { [KEY]?: SiteOptions };

/** Hand the resolved options to the collections' loaders (the integration does, in `astro:config:setup`). */
export function shareSiteOptions(options: SiteOptions): void {
  (globalThis as Holder)[KEY] = options;
}

/** The options the integration resolved; thrown with a hint when it is missing from the Astro config. */
export function sharedSiteOptions(): SiteOptions {
  const options = (globalThis as Holder)[KEY];
  if (!options) {
    throw new Error(
      'The statusdocs collections need the statusdocs integration: add `statusdocs()` to `integrations` in astro.config.mjs',
    );
  }
  return options;
}

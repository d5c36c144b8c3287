/**
 * `statusdocs/astro`: the Astro integration and the content collections its
 * pages read, for an Astro or Starlight site of your own. Add both:
 * `statusdocs()` to `integrations` in astro.config.mjs, and
 * `...statusdocsCollections` to the collections in src/content.config.ts
 * (Astro gives integrations no way to add collections themselves).
 */
export { default, SiteBuildError, type FailOn, type StatusdocsOptions } from './integration.ts';
export { statusdocsCollections } from './collections.ts';

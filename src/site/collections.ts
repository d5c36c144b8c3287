import { defineCollection } from 'astro/content/config';
import {
  docHistoryLoader,
  historyIndexLoader,
  versionBodiesLoader,
  versionDocsLoader,
} from './history-loaders.ts';
import { statusdocsLoader } from './loader.ts';
import {
  docHistorySchema,
  docViewSchema,
  historyIndexSchema,
  versionBodySchema,
  versionDocSchema,
} from './model/collection-schemas.ts';
import { sharedSiteOptions } from './shared-options.ts';

/**
 * The content collections of the statusdocs pages, each named with a
 * `statusdocs` prefix so they sit beside a host site's own (Starlight's
 * `docs` included): the status docs as view models (`statusdocsDocs`), and
 * what git history adds: the versions and changelog (`statusdocsHistory`),
 * each doc's revisions (`statusdocsDocHistory`), the docs of each version
 * (`statusdocsVersionDocs`) and their bodies, each distinct one once
 * (`statusdocsVersionBodies`). Each has a schema, so pages read typed
 * entries. The loaders read the options the integration resolved when they
 * run, so this module is safe to import anywhere.
 */
export const statusdocsCollections = {
  statusdocsDocs: defineCollection({
    loader: statusdocsLoader(sharedSiteOptions),
    schema: docViewSchema,
  }),
  statusdocsHistory: defineCollection({
    loader: historyIndexLoader(sharedSiteOptions),
    schema: historyIndexSchema,
  }),
  statusdocsDocHistory: defineCollection({
    loader: docHistoryLoader(sharedSiteOptions),
    schema: docHistorySchema,
  }),
  statusdocsVersionDocs: defineCollection({
    loader: versionDocsLoader(sharedSiteOptions),
    schema: versionDocSchema,
  }),
  statusdocsVersionBodies: defineCollection({
    loader: versionBodiesLoader(sharedSiteOptions),
    schema: versionBodySchema,
  }),
};

import { defineCollection } from 'astro/content/config';
import {
  docHistoryLoader,
  historyIndexLoader,
  versionBodiesLoader,
  versionDocsLoader,
} from './history-loaders.ts';
import { statusdocsLoader } from './loader.ts';
import { sharedSiteOptions } from './shared-options.ts';

/**
 * The content collections of the statusdocs pages, each named with a
 * `statusdocs` prefix so they sit beside a host site's own (Starlight's
 * `docs` included): the status docs as view models (`statusdocsDocs`), and
 * what git history adds: the versions and changelog (`statusdocsHistory`),
 * each doc's revisions (`statusdocsDocHistory`), the docs of each version
 * (`statusdocsVersionDocs`) and their bodies, each distinct one once
 * (`statusdocsVersionBodies`). The loaders read the options the integration
 * resolved when they run, so this module is safe to import anywhere.
 */
export const statusdocsCollections = {
  statusdocsDocs: defineCollection({ loader: statusdocsLoader(sharedSiteOptions) }),
  statusdocsHistory: defineCollection({ loader: historyIndexLoader(sharedSiteOptions) }),
  statusdocsDocHistory: defineCollection({ loader: docHistoryLoader(sharedSiteOptions) }),
  statusdocsVersionDocs: defineCollection({ loader: versionDocsLoader(sharedSiteOptions) }),
  statusdocsVersionBodies: defineCollection({ loader: versionBodiesLoader(sharedSiteOptions) }),
};

import { defineCollection } from 'astro:content';
import options from 'virtual:statusdocs/options';
import {
  docHistoryLoader,
  historyIndexLoader,
  versionBodiesLoader,
  versionDocsLoader,
} from './history-loaders.ts';
import { statusdocsLoader } from './loader.ts';

/**
 * The status docs as view models built by the statusdocs loader, and what
 * git history adds: the versions and changelog (`history`), each doc's
 * revisions (`docHistory`), the docs of each version (`versionDocs`) and
 * their bodies, each distinct one once (`versionBodies`).
 */
export const collections = {
  docs: defineCollection({ loader: statusdocsLoader(options) }),
  history: defineCollection({ loader: historyIndexLoader(options) }),
  docHistory: defineCollection({ loader: docHistoryLoader(options) }),
  versionDocs: defineCollection({ loader: versionDocsLoader(options) }),
  versionBodies: defineCollection({ loader: versionBodiesLoader(options) }),
};

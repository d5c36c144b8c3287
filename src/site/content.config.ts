import { statusdocsCollections } from './collections.ts';

/** The collections of statusdocs' own site (this repo, `statusdocs build`). */
export const collections = statusdocsCollections;

import { defineCollection } from 'astro:content';
import options from 'virtual:statusdocs/options';
import { statusdocsLoader } from './loader.ts';

/** One collection: the status docs, as view models built by the statusdocs loader. */
export const collections = {
  docs: defineCollection({ loader: statusdocsLoader(options) }),
};

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const corpus = process.env.CORPUS;
if (!corpus) throw new Error('Set CORPUS to the folder of Markdown docs to build');

/** Every Markdown file of the corpus, through Astro's own glob loader and Markdown pipeline. */
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: corpus }) }),
};

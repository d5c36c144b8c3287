import type { APIRoute } from 'astro';
import options from 'virtual:statusdocs/options';
import { buildAtomFeed } from '../view/feed.ts';
import { getDocs } from '../view/get-docs.ts';

/** `/feed.xml`: the Atom feed of the docs, built from their content only. */
export const GET: APIRoute = async ({ site }) => {
  const xml = buildAtomFeed(await getDocs(), {
    title: options.siteTitle,
    base: options.base,
    site,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

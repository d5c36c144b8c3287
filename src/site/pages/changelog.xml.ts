import type { APIRoute } from 'astro';
import options from 'virtual:statusdocs/options';
import { formatChangelogAtom } from '../../core/changelog/format-changelog-atom.ts';
import { getHistoryIndex } from '../view/get-history.ts';

/** `/changelog.xml`: the Atom feed of releases, one entry per version. */
export const GET: APIRoute = async ({ site }) => {
  const index = await getHistoryIndex();
  const xml = formatChangelogAtom(index.releases, {
    title: `${options.siteTitle} releases`,
    url: site ? new URL(options.base, site).href : options.base,
    fallbackDate: index.newestDate ?? options.today,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

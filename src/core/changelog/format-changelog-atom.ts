import { formatChangelogMarkdown } from './format-changelog-markdown.ts';
import { releaseTitle } from './changelog-mdast.ts';
import type { Release } from './release.ts';
import { escapeXml } from '../encoding/escape-xml.ts';

/** What an Atom feed needs besides the releases. */
export interface AtomOptions {
  /** Feed title, e.g. the site title. */
  title: string;
  /** Absolute URL of the site; entry links point at `<url>changelog/#<version>`. */
  url: string;
  /** `YYYY-MM-DD` for releases without a date (the working tree), e.g. the newest commit's date. */
  fallbackDate: string;
}

/**
 * Releases (newest first) as an Atom 1.0 feed: one entry per release, its
 * Markdown changelog as the text content. Every value is XML-escaped; dates
 * are days, so the feed is the same on every build. Pure.
 */
export function formatChangelogAtom(releases: readonly Release[], options: AtomOptions): string {
  const base = options.url.endsWith('/') ? options.url : `${options.url}/`;
  const stamp = (date: string | null) => `${date ?? options.fallbackDate}T00:00:00Z`;
  const entries = releases.map((release) => {
    const link = `${base}changelog/#${encodeURIComponent(release.version)}`;
    return [
      '  <entry>',
      `    <title>${escapeXml(releaseTitle(release))}</title>`,
      `    <id>${escapeXml(link)}</id>`,
      `    <link href="${escapeXml(link)}"/>`,
      `    <updated>${stamp(release.date)}</updated>`,
      `    <content type="text">${escapeXml(formatChangelogMarkdown([release]))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <id>${escapeXml(base)}</id>`,
    `  <link href="${escapeXml(base)}"/>`,
    `  <updated>${stamp(releases[0]?.date ?? null)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

import { createHash } from 'node:crypto';
import type { DocView } from '../model/doc-view.ts';
import { compareNewest, compareText } from './compare.ts';
import { activityOf } from './dashboard.ts';
import { KIND_LABEL, STATUS_LABEL } from './format.ts';
import { escapeXml } from './svg.ts';

/** What the feed is about and where it lives. */
export interface FeedOptions {
  /** The site title. */
  title: string;
  /** The site's base path, `/` or `/team/`. */
  base: string;
  /** The site's absolute URL (Astro's `site`), when known: links become absolute. */
  site?: URL | undefined;
}

/**
 * The Atom feed of the docs: one entry per dated doc, newest update first.
 * Everything comes from the content, so the same docs give the same bytes:
 * entry ids are name-based UUIDs of the doc's stable id (they survive
 * renames when the doc has a frontmatter `id`), dates are the doc's
 * `updated`/`date` at midnight UTC, and the feed's `updated` is the newest
 * entry's. Docs without any date are left out: Atom requires one.
 */
export function buildAtomFeed(docs: readonly DocView[], options: FeedOptions): string {
  const link = (path: string): string => (options.site ? new URL(path, options.site).href : path);
  const entries = docs
    .filter((doc) => activityOf(doc) !== null)
    .sort((a, b) => compareNewest(activityOf(a), activityOf(b)) || compareText(a.path, b.path));
  const updated = entries[0] ? atomDate(activityOf(entries[0]) ?? '') : '1970-01-01T00:00:00Z';
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <id>urn:uuid:${nameUuid(`feed:${options.site?.href ?? ''}${base}:${options.title}`)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(link(`${base}feed.xml`))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(link(base))}"/>`,
    `  <author><name>${escapeXml(options.title)}</name></author>`,
    '  <generator>statusdocs</generator>',
    ...entries.flatMap((doc) => entryLines(doc, link)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function entryLines(doc: DocView, link: (path: string) => string): string[] {
  const status = doc.status ? STATUS_LABEL[doc.status] : 'No status';
  return [
    '  <entry>',
    `    <title>${escapeXml(doc.label)}</title>`,
    `    <id>urn:uuid:${nameUuid(`doc:${doc.id}`)}</id>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(link(doc.url))}"/>`,
    `    <updated>${atomDate(activityOf(doc) ?? '')}</updated>`,
    ...(doc.date ? [`    <published>${atomDate(doc.date)}</published>`] : []),
    ...(doc.owner ? [`    <author><name>${escapeXml(doc.owner)}</name></author>`] : []),
    `    <category term="${doc.kind}" label="${escapeXml(KIND_LABEL[doc.kind].one)}"/>`,
    `    <category term="status:${doc.status ?? 'unknown'}" label="${escapeXml(status)}"/>`,
    ...(doc.summary ? [`    <summary>${escapeXml(doc.summary)}</summary>`] : []),
    '  </entry>',
  ];
}

/** `2026-11-19` as `2026-11-19T00:00:00Z`. */
function atomDate(date: string): string {
  // A month alone (`2025-12`) is dated to its first day.
  return `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;
}

/** A name-based UUID (version 5 layout over SHA-1) of `name`: the same name, the same id. */
export function nameUuid(name: string): string {
  const bytes = createHash('sha1').update(`statusdocs:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

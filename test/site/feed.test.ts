import { describe, expect, it } from 'vitest';
import { formatChangelogAtom } from '../../src/core/changelog/format-changelog-atom.ts';
import { buildAtomFeed, nameUuid } from '../../src/site/view/feed.ts';
import { makeView } from './make-view.ts';
import { relationsViews } from './relations-views.ts';

describe('buildAtomFeed', () => {
  it('writes one entry per dated doc, newest update first, from content only', () => {
    const docs = [
      makeView('a.md', {
        id: 'doc-a',
        label: 'A & B',
        date: '2026-01-02',
        updated: '2026-02-03',
        owner: 'Ada',
        summary: 'Short <summary>.',
      }),
      makeView('b.md', { label: 'B', kind: 'plan', status: null, date: '2026-01-05' }),
      makeView('undated.md', { label: 'Undated' }),
    ];
    expect(buildAtomFeed(docs, { title: 'Status', base: '/' })).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '  <title>Status</title>',
        `  <id>urn:uuid:${nameUuid('feed:/:Status')}</id>`,
        '  <updated>2026-02-03T00:00:00Z</updated>',
        '  <link rel="self" type="application/atom+xml" href="/feed.xml"/>',
        '  <link rel="alternate" type="text/html" href="/"/>',
        '  <author><name>Status</name></author>',
        '  <generator>statusdocs</generator>',
        '  <entry>',
        '    <title>A &amp; B</title>',
        `    <id>urn:uuid:${nameUuid('doc:doc-a')}</id>`,
        '    <link rel="alternate" type="text/html" href="/docs/a/"/>',
        '    <updated>2026-02-03T00:00:00Z</updated>',
        '    <published>2026-01-02T00:00:00Z</published>',
        '    <author><name>Ada</name></author>',
        '    <category term="report" label="Report"/>',
        '    <category term="status:done" label="Done"/>',
        '    <summary>Short &lt;summary&gt;.</summary>',
        '  </entry>',
        '  <entry>',
        '    <title>B</title>',
        `    <id>urn:uuid:${nameUuid('doc:b.md')}</id>`,
        '    <link rel="alternate" type="text/html" href="/docs/b/"/>',
        '    <updated>2026-01-05T00:00:00Z</updated>',
        '    <published>2026-01-05T00:00:00Z</published>',
        '    <category term="plan" label="Plan"/>',
        '    <category term="status:unknown" label="No status"/>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('makes links absolute when the site URL is known', () => {
    const feed = buildAtomFeed([makeView('a.md', { date: '2026-01-01' })], {
      title: 'S',
      base: '/team/',
      site: new URL('https://example.com'),
    });
    expect(feed).toContain('href="https://example.com/team/feed.xml"');
    expect(feed).toContain('href="https://example.com/docs/a/"');
  });

  it('gives every doc of a set its own stable id', async () => {
    const feed = buildAtomFeed(await relationsViews(), { title: 'S', base: '/' });
    const ids = [...feed.matchAll(/<id>(urn:uuid:[^<]+)<\/id>/g)].map((match) => match[1]);
    expect(ids).toHaveLength(8); // the feed and 7 dated docs; notes.md has no date
    expect(new Set(ids).size).toBe(ids.length);
    expect(nameUuid('doc:x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(nameUuid('doc:x')).toBe(nameUuid('doc:x'));
  });
});

describe('feeds hold only characters XML allows (issue 20, item 10)', () => {
  // C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates.
  const NOT_XML =
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('replaces control characters in a title, owner and summary with �', () => {
    const doc = makeView('a.md', {
      label: 'Q1\u0001 report',
      date: '2026-01-02',
      owner: 'Ada\u001b[31m',
      summary: 'Half \uD800 done\u000C',
    });
    const feed = buildAtomFeed([doc], { title: 'Status\u0000', base: '/' });
    expect(feed).not.toMatch(NOT_XML);
    expect(feed).toContain('<title>Q1\uFFFD report</title>');
    expect(feed).toContain('<author><name>Ada\uFFFD[31m</name></author>');
    expect(feed).toContain('<summary>Half \uFFFD done\uFFFD</summary>');
  });

  it('keeps the changelog feed valid the same way', () => {
    const feed = formatChangelogAtom([], {
      title: 'Releases\u0007',
      url: 'https://example.com/',
      fallbackDate: '2026-01-02',
    });
    expect(feed).not.toMatch(NOT_XML);
    expect(feed).toContain('<title>Releases\uFFFD</title>');
  });
});

import { describe, expect, it } from 'vitest';
import { collectHeadingSlugs } from '../../../src/core/links/collect-heading-slugs.ts';
import { missingHeading } from '../../../src/core/rules/missing-heading.ts';
import { renderBody } from '../../../src/site/render/render-body.ts';
import { textSource } from '../model/fixture-source.ts';
import { checkFixtureSet, linesOf } from './check-fixture-set.ts';

describe('collectHeadingSlugs', () => {
  // Each case rendered by the site: the simulation must give the ids the site gives.
  const cases = [
    '<h2>Setup</h2>\n\n## Setup\n',
    '<h2 id="x">Setup</h2>\n\n## Setup\n',
    '## Setup {#custom}\n\n## Setup\n',
    '## ![logo](x.png) Title\n',
    '## `code` and *em* ✅ Done!\n\n> ## Done\n\n- ## Done\n',
  ];
  it.each(cases)('matches the ids the site renders for %j', (markdown) => {
    const slugs = collectHeadingSlugs(textSource(markdown).tree).map((heading) => heading.site);
    const site = renderBody(markdown).headings.map((heading) => heading.slug);
    // The site lists the leading HTML heading too; the Markdown headings come after it.
    expect(site.slice(site.length - slugs.length)).toEqual(slugs);
  });

  it('tells GitHub and the site apart only where raw HTML headings shift numbers', () => {
    const tree = textSource('<h2>Setup</h2>\n\n## Setup\n\n## Notes {#n}\n').tree;
    expect(collectHeadingSlugs(tree)).toEqual([
      { github: 'setup', site: 'setup-1' },
      { github: 'notes-n', site: 'notes-n', custom: 'n' },
    ]);
  });
});

describe('missing-heading where GitHub and the site disagree', () => {
  it('reports links that land elsewhere on the site, with a note', async () => {
    const result = await checkFixtureSet('links-slug-differences', [missingHeading]);
    expect(linesOf(result)).toEqual([
      'STATUS.md:3:3 missing-heading Heading `#setup` in `other.md` is `#setup-1` on the statusdocs site; give the raw HTML heading before it an `id`, or link to a heading with a unique text',
      'STATUS.md:4:3 missing-heading Cannot find heading `#setup-1` in `other.md`; did you mean `#setup`?',
    ]);
    const [moved, siteOnly] = result.files[0]?.messages ?? [];
    expect(moved?.note).toMatch(
      /^The link works on GitHub, but the statusdocs site numbers raw HTML/,
    );
    expect(siteOnly?.note).toMatch(/^`#setup-1` exists on the statusdocs site only: /);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnSite, listPageRoutes, PAGES_DIR } from '../../src/site/inject-pages.ts';

describe('listPageRoutes', () => {
  it('maps page files to route patterns as Astro file routing does', async () => {
    const routes = await listPageRoutes();
    const patterns = routes.map((route) => route.pattern);
    expect(patterns).toContain('/');
    expect(patterns).toContain('/docs/[...slug]');
    expect(patterns).toContain('/feed.xml');
    expect(patterns).toContain('/404');
    expect(patterns).toContain('/v/[version]/docs/[...slug]');
    expect(patterns).toEqual([...patterns].sort());
    expect(routes.find((route) => route.pattern === '/')?.entrypoint).toBe(
      path.join(PAGES_DIR, 'index.astro'),
    );
  });

  it('takes compiled .js endpoints as pages, and never declaration files', async () => {
    const pages = mkdtempSync(path.join(tmpdir(), 'statusdocs-pages-'));
    try {
      mkdirSync(path.join(pages, 'docs'));
      for (const file of ['index.astro', 'feed.xml.js', 'feed.xml.d.ts', 'docs/[...slug].astro']) {
        writeFileSync(path.join(pages, file), '');
      }
      expect((await listPageRoutes(pages)).map((route) => route.pattern)).toEqual([
        '/',
        '/docs/[...slug]',
        '/feed.xml',
      ]);
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
  });

  it('injects routes only into a host site, not into this package own build', () => {
    expect(isOwnSite(path.join(PAGES_DIR, '..'))).toBe(true);
    expect(isOwnSite('/some/project/src')).toBe(false);
  });
});

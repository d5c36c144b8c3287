import { describe, expect, it } from 'vitest';
import { isOwnSite, listPageRoutes, PAGES_DIR } from '../../src/site/inject-pages.ts';
import path from 'node:path';

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

  it('injects routes only into a host site, not into this package own build', () => {
    expect(isOwnSite(path.join(PAGES_DIR, '..'))).toBe(true);
    expect(isOwnSite('/some/project/src')).toBe(false);
  });
});

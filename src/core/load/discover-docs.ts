import { glob } from 'tinyglobby';

/** Folders never searched for docs. */
export const ALWAYS_IGNORED = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/.astro/**',
  '**/.statusdocs/**',
];

/**
 * Find the docs under a content root: paths relative to it, `/`-separated,
 * sorted so every run sees them in the same order. Dot folders such as
 * `.agents/` are searched (status docs often live there); symbolic links are
 * not followed, so nothing outside the root is read through them.
 */
export async function discoverDocs(
  root: string,
  include: readonly string[],
  exclude: readonly string[],
): Promise<string[]> {
  const paths = await glob([...include], {
    cwd: root,
    ignore: [...ALWAYS_IGNORED, ...exclude],
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

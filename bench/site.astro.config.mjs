// @ts-check
// The statusdocs site as `npm run bench` builds it until `statusdocs build`
// exists: the repository's own site, with output and caches in the temp dirs
// the bench names, and findings never failing the build (the bench corpus
// plants broken links on purpose).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import statusdocs from '../src/site/integration.ts';

const cacheDir = process.env.BENCH_CACHE_DIR;

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  srcDir: './src/site',
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  ...(cacheDir ? { cacheDir, vite: { cacheDir: `${cacheDir}/vite` } } : {}),
  devToolbar: { enabled: false },
  integrations: [statusdocs({ failOn: 'never' })],
});

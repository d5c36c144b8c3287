// @ts-check
// The baseline of `npm run bench`: Astro's defaults, nothing added. Output
// and caches go where the bench says (temp dirs), never into the repository.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  vite: process.env.BENCH_CACHE_DIR ? { cacheDir: `${process.env.BENCH_CACHE_DIR}/vite` } : {},
  // No telemetry prompts or network during a measurement.
  devToolbar: { enabled: false },
});

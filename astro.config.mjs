// @ts-check
import { defineConfig } from 'astro/config';
import statusdocs from './src/site/integration.ts';

export default defineConfig({
  srcDir: './src/site',
  outDir: './dist',
  integrations: [statusdocs()],
});

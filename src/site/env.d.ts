/// <reference types="astro/client" />

declare module 'virtual:statusdocs/options' {
  const options: import('./options.ts').SiteOptions;
  export default options;
}

import type { SiteOptions } from './options.ts';

/** The module pages and the content config import the site options from. */
export const VIRTUAL_OPTIONS_ID = 'virtual:statusdocs/options';
const RESOLVED_ID = `\0${VIRTUAL_OPTIONS_ID}`;

/** The slice of a Vite plugin this module uses; avoids a direct dependency on Vite's types. */
export interface VirtualModulePlugin {
  name: string;
  resolveId: (id: string) => string | undefined;
  load: (id: string) => string | undefined;
}

/**
 * A Vite plugin serving the resolved options as `virtual:statusdocs/options`,
 * so `content.config.ts` and pages read the options the integration resolved.
 */
export function virtualOptionsPlugin(options: SiteOptions): VirtualModulePlugin {
  return {
    name: 'statusdocs:options',
    resolveId: (id) => (id === VIRTUAL_OPTIONS_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(options)};` : undefined),
  };
}

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
 * The checked project stays out: the loaders take it from the shared options,
 * and in the module's code every page's dependency hash would change with
 * any doc, so an incremental build would render every page again.
 */
export function virtualOptionsPlugin(options: SiteOptions): VirtualModulePlugin {
  const pageOptions: SiteOptions = { ...options };
  delete pageOptions.checked;
  return {
    name: 'statusdocs:options',
    resolveId: (id) => (id === VIRTUAL_OPTIONS_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID ? `export default ${JSON.stringify(pageOptions)};` : undefined,
  };
}

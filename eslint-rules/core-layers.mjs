// @ts-check
// The house's layering, enforced: src/core depends one way, from the bottom
// of LAYERS to the top, so no two core folders import each other; code
// never reaches across core folders through a dynamic `import()`; and the
// CLI reaches the site through one documented entry only.
import path from 'node:path';

/**
 * The core folders, lowest first. A folder may import only folders before
 * it. The pipeline runs load → model → metrics → links → rules → check →
 * report; the leaves (io, encoding, diagnostics) serve every stage.
 */
export const LAYERS = [
  'io',
  'encoding',
  'diagnostics',
  'load',
  'model',
  'metrics',
  'links',
  'config',
  'fix',
  'history',
  'evidence',
  'analysis',
  'rules',
  'cache',
  'check',
  'changelog',
  'graph',
  'import',
  'templates',
  'report',
];

/** The one CLI module that may import the site: `statusdocs build` hands over to it there. */
export const SITE_ENTRY = 'src/cli/site-entry.ts';

/** `src/core/<folder>/…` → folder; undefined outside src/core. */
function coreFolder(file, root) {
  const relative = path.relative(path.join(root, 'src', 'core'), file).split(path.sep);
  return relative[0] === '..' || relative.length < 2 ? undefined : relative[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const coreLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Core folders depend one way; the CLI imports the site in one place.' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = coreFolder(file, root);
    const inCli = path.relative(path.join(root, 'src', 'cli'), file).split(path.sep)[0] !== '..';
    const isSiteEntry = path.relative(root, file).split(path.sep).join('/') === SITE_ENTRY;
    if (from === undefined && !inCli) return {};

    /** @param {import('estree').Node} node @param {unknown} specifier @param {boolean} dynamic */
    function check(node, specifier, dynamic) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), specifier);
      if (inCli) {
        const site = path.relative(path.join(root, 'src', 'site'), target).split(path.sep)[0];
        if (site !== '..' && !isSiteEntry) {
          context.report({
            node,
            message: `The CLI reaches the site only through \`${SITE_ENTRY}\`; import it from there.`,
          });
        }
        return;
      }
      const to = coreFolder(target, root);
      if (to === undefined || to === from) return;
      const [rankFrom, rankTo] = [LAYERS.indexOf(from ?? ''), LAYERS.indexOf(to)];
      if (rankFrom === -1 || rankTo === -1) {
        const unknown = rankFrom === -1 ? from : to;
        context.report({
          node,
          message: `\`src/core/${unknown}\` has no place in LAYERS (eslint-rules/core-layers.mjs); add it.`,
        });
      } else if (dynamic) {
        context.report({
          node,
          message: `Import \`src/core/${to}\` statically: no dynamic import() across core folders.`,
        });
      } else if (rankTo > rankFrom) {
        context.report({
          node,
          message: `\`src/core/${from ?? ''}\` must not import \`src/core/${to}\`, a later stage; core depends one way (${LAYERS.join(' → ')}).`,
        });
      }
    }

    return {
      ImportDeclaration(node) {
        check(node, node.source.value, false);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, false);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, false);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, true);
      },
      /** `typeof import('…')` in a type. @param {any} node */
      TSImportType(node) {
        const argument = node.argument?.literal ?? node.argument;
        check(node, argument?.value, true);
      },
    };
  },
};

export default { rules: { 'core-layers': coreLayers } };

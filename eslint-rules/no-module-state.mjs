// @ts-check
// No hidden state at the top of a core module. Per-doc data lives in the
// values the pipeline hands on (`DocIndex`, `DocAnalysis`, the link graph's
// `FileIndex`), so a module-level table keyed by docs, trees or files, or a
// "latest doc" variable, must not creep back: it hides what a doc carries,
// outlives the check and breaks once docs are checked in worker threads.
// Constant lookup tables (`new Map([...])`, `new Set([...])`, typed
// `ReadonlyMap`/`ReadonlySet`) are fine.

const WEAK = new Set(['WeakMap', 'WeakSet', 'WeakRef']);
const COLLECTIONS = new Set(['Map', 'Set']);
const READONLY = new Set(['ReadonlyMap', 'ReadonlySet']);

/** @param {any} declarator */
function isReadonlyTyped(declarator) {
  const type = declarator.id?.typeAnnotation?.typeAnnotation;
  return type?.type === 'TSTypeReference' && READONLY.has(type.typeName?.name);
}

/** @type {import('eslint').Rule.RuleModule} */
export const noModuleState = {
  meta: {
    type: 'problem',
    docs: {
      description: 'No module-level mutable state (memo tables, latest-doc variables) in src/core.',
    },
    schema: [],
  },
  create(context) {
    /** @param {any} declaration */
    function checkDeclaration(declaration) {
      if (declaration?.type !== 'VariableDeclaration') return;
      if (declaration.kind !== 'const') {
        context.report({
          node: declaration,
          message: `Module-level \`${declaration.kind}\` is hidden state; pass the value explicitly (per doc: \`DocIndex\`; per set: the link graph).`,
        });
        return;
      }
      for (const declarator of declaration.declarations) {
        const init = declarator.init;
        if (init?.type !== 'NewExpression' || init.callee.type !== 'Identifier') continue;
        const name = init.callee.name;
        const empty = init.arguments.length === 0;
        if (WEAK.has(name) || (COLLECTIONS.has(name) && empty && !isReadonlyTyped(declarator))) {
          context.report({
            node: declarator,
            message: `Module-level \`new ${name}\` is a hidden memo; build the value once where its owner is built (\`indexDoc\`, \`buildFileIndex\`, \`buildLinkGraph\`) and pass it, or keep it in the caller for one run.`,
          });
        }
      }
    }
    return {
      /** @param {any} program */
      Program(program) {
        for (const statement of program.body) {
          checkDeclaration(
            statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement,
          );
        }
      },
    };
  },
};

export default { rules: { 'no-module-state': noModuleState } };

import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { coreLayers } from '../../eslint-rules/core-layers.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const at = (file: string): string => path.join(process.cwd(), file);

tester.run('core-layers', coreLayers, {
  valid: [
    {
      code: "import { report } from '../diagnostics/report.ts';",
      filename: at('src/core/load/a.ts'),
    },
    { code: "import { x } from './b.ts';", filename: at('src/core/rules/a.ts') },
    { code: "export * from '../load/source-doc.ts';", filename: at('src/core/check/a.ts') },
    { code: "import x from 'astro';", filename: at('src/cli/commands/a.ts') },
    {
      code: "type T = typeof import('../site/integration.ts');",
      filename: at('src/cli/site-entry.ts'),
    },
  ],
  invalid: [
    {
      code: "import { checkDocs } from '../check/check-docs.ts';",
      filename: at('src/core/rules/a.ts'),
      errors: [{ message: /must not import `src\/core\/check`/ }],
    },
    {
      code: "export { x } from '../rules/x.ts';",
      filename: at('src/core/links/index.ts'),
      errors: [{ message: /must not import `src\/core\/rules`/ }],
    },
    {
      code: "const m = await import('../load/read-docs.ts');",
      filename: at('src/core/check/a.ts'),
      errors: [{ message: /no dynamic import\(\)/ }],
    },
    {
      code: "import x from '../widgets/x.ts';",
      filename: at('src/core/rules/a.ts'),
      errors: [{ message: /`src\/core\/widgets` has no place in LAYERS/ }],
    },
    {
      code: "type T = typeof import('../../site/integration.ts');",
      filename: at('src/cli/commands/build.ts'),
      errors: [{ message: /only through `src\/cli\/site-entry.ts`/ }],
    },
  ],
});

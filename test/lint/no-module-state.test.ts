import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { noModuleState } from '../../eslint-rules/no-module-state.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('no-module-state', noModuleState, {
  valid: [
    "const MONTHS: ReadonlyMap<string, number> = new Map([['jan', 1]]);",
    "const PAST = new Set(['done', 'archived']);",
    'const BY_NAME: ReadonlyMap<string, number> = new Map<string, number>();',
    'export function f(): number { const seen = new Map<string, number>(); let n = 0; n += seen.size; return n; }',
    'const DATE = /\\d{4}/;',
  ],
  invalid: [
    {
      code: 'const found = new WeakMap<object, string[]>();',
      errors: [{ message: /Module-level `new WeakMap` is a hidden memo/ }],
    },
    {
      code: 'export const seen = new WeakSet<object>();',
      errors: [{ message: /Module-level `new WeakSet`/ }],
    },
    {
      code: 'const parsedByText = new Map<string, number>();',
      errors: [{ message: /Module-level `new Map` is a hidden memo/ }],
    },
    {
      code: 'let last: { tree: object } | undefined;',
      errors: [{ message: /Module-level `let` is hidden state/ }],
    },
  ],
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocs } from '../../src/core/check/check-docs.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';
import { DOC_RULES, SET_RULES } from '../../src/core/rules/index.ts';
import {
  docPath,
  expectNoProcessWarnings,
  fuzzRuns,
  fuzzTimeout,
  markdownish,
  misplaced,
} from './fuzz-input.ts';

const config = configSchema.parse({ statuses: { 'in review': 'active' } });

/** A small doc set: distinct paths, each with generated text. */
const docSet = fc.uniqueArray(fc.tuple(docPath, markdownish), {
  minLength: 1,
  maxLength: 4,
  selector: ([path]) => path,
});

describe('fuzz: every rule', () => {
  expectNoProcessWarnings();

  it(
    'checks any doc set without a rule failing, every message inside its file',
    () => {
      expect(DOC_RULES.length + SET_RULES.length).toBeGreaterThan(20);
      fc.assert(
        fc.property(docSet, fc.constantFrom('2026-11-21', '1970-01-01'), (docs, today) => {
          const sources = docs.map(([path, text]) =>
            parseSourceDoc(path, new TextEncoder().encode(text), '/project'),
          );
          const texts = new Map(docs.map(([path, text]) => [path, text.replace(/^\uFEFF/, '')]));
          const result = checkDocs(sources, {
            root: '/project',
            config,
            today,
            facts: { files: new Set([...texts.keys(), 'img.png']), renames: new Map() },
          });
          for (const file of result.files) {
            for (const message of file.messages) {
              // checkDocs turns a rule's throw into this message; it must never appear.
              expect(message.reason).not.toMatch(/^Rule `[\w-]+` failed/);
              expect(message.ruleId).toBeTruthy();
              expect(misplaced(message, texts.get(file.path) ?? '')).toBeUndefined();
            }
          }
        }),
        fuzzRuns(1000),
      );
    },
    fuzzTimeout(40_000),
  );
});

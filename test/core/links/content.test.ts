import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocs } from '../../../src/core/check/check-docs.ts';
import { readFacts } from '../../../src/core/check/check-project.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { LINK_RULES } from '../../../src/core/rules/link-rules.ts';
import { readDocs } from '../../../src/core/load/read-docs.ts';
import { linesOf } from './check-fixture-set.ts';

describe('link rules on the sample content', () => {
  it('find nothing: every link, anchor and relation of content/ holds', async () => {
    const root = fileURLToPath(new URL('../../../content', import.meta.url));
    const config = configSchema.parse({});
    const sources = await readDocs(root, {
      include: config.include,
      exclude: config.exclude,
      limits: config.limits,
    });
    const { files } = await readFacts(root);
    const result = checkDocs(sources, {
      root,
      config,
      today: '2026-11-21',
      rules: [],
      setRules: LINK_RULES,
      facts: { files },
    });
    expect(linesOf(result)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDocs } from '../../src/core/check/check-docs.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';
import { indexDoc } from '../../src/core/metrics/doc-index.ts';
import { MAX_TEXT_CLAIMS } from '../../src/core/metrics/extract-body-metrics.ts';

const config = configSchema.parse({});
const HEAD = '# Generated\n\n**Date**: 2026-01-05\n\n';

function load(path: string, text: string) {
  return parseSourceDoc(path, new TextEncoder().encode(text), '/project', config.limits);
}

/** One line of `count` copies of `claim`, as a generated report might hold. */
const oneLine = (claim: string, count: number): string =>
  `${HEAD}${Array.from({ length: count }, () => claim).join(' ')}\n`;

describe('claims on one long line (issue 20, item 3)', () => {
  it('stops at the claim limit with one message, and checks the other docs', () => {
    const flood = load('flood.md', oneLine('coverage 80% target 90%,', 12_500)); // 300 KB
    const other = load('other.md', '# Other\n\n**Date**: 2026-02-30\n');
    const result = checkDocs([flood, other], { root: '/project', config, today: '2026-11-21' });
    const messages = result.files.map((file) =>
      file.messages
        .filter((message) => message.ruleId !== 'orphan')
        .map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`),
    );
    // The 10,001st claim, `coverage 80%` number 10,001, at 25 characters a claim with its space.
    expect(messages).toEqual([
      [`flood.md:5:${25 * MAX_TEXT_CLAIMS + 10} file-too-large`],
      ['other.md:3:11 date-invalid'],
    ]);
    expect(indexDoc(flood).claims).toHaveLength(MAX_TEXT_CLAIMS);
  });

  it('quotes each claim of a long line with an excerpt, not the whole line', () => {
    // Below the limit: every claim is read, and each stays small however long the line.
    for (const claim of ['coverage 80% and', 'tests: 5 passed and', '80% complete and']) {
      const claims = indexDoc(load('long.md', oneLine(claim, 5_000))).claims;
      expect(claims).toHaveLength(5_000);
      expect(Math.max(...claims.map((found) => found.text.length))).toBeLessThan(250);
    }
  });

  it('keeps the whole line as the text of a claim on a short line', () => {
    const [claim] = indexDoc(load('short.md', `${HEAD}Coverage is 80%, target 90%.\n`)).claims;
    expect(claim).toMatchObject({ text: 'Coverage is 80%, target 90%.', target: { min: 90 } });
  });
});

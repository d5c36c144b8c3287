import { readFileSync } from 'node:fs';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../../src/core/report/format-sarif.ts';
import { RULE_IDS, RULES_DOCS_URL, ruleUrl } from '../../../src/core/diagnostics/rule-ids.ts';
import { sarifValidator } from '../../helpers/sarif-validator.ts';
import { cleanResult, sampleResult } from './check-result-fixture.ts';

describe('formatSarif', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0, with findings, clean files and unicode paths', () => {
    for (const result of [sampleResult(), cleanResult()]) {
      const log: unknown = JSON.parse(formatSarif(result, { toolVersion: '0.1.0' }));
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it('rejects what the spec forbids, so the check above means something', () => {
    const log = JSON.parse(formatSarif(sampleResult())) as Log;
    expect(validate({ ...log, runs: [{ results: [] }] })).toBe(false);
    const [result] = log.runs[0]?.results ?? [];
    const wrong = { ...result, level: 'info' };
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [wrong] }] })).toBe(false);
  });

  it('describes each rule that reported once, and points results at them', () => {
    const output = formatSarif(sampleResult(), {
      displayRoot: 'docs/status/',
      toolVersion: '0.1.0',
      ruleDescriptions: { stale: 'A doc not updated for too long.' },
    });
    expect(output.endsWith('}\n')).toBe(true);
    const log = JSON.parse(output) as Log;
    const run = log.runs[0];
    const url = (id: string) =>
      `https://github.com/statusdocs/statusdocs/blob/main/docs/rules.md#${id}`;
    expect(log.version).toBe('2.1.0');
    expect(run?.tool.driver).toEqual({
      name: 'statusdocs',
      version: '0.1.0',
      informationUri: 'https://github.com/statusdocs/statusdocs',
      rules: [
        { id: 'metric-sum', helpUri: url('metric-sum'), shortDescription: { text: 'Metric sum' } },
        {
          id: 'missing-heading',
          helpUri: url('missing-heading'),
          shortDescription: { text: 'Missing heading' },
        },
        { id: 'orphan', helpUri: url('orphan'), shortDescription: { text: 'Orphan' } },
        {
          id: 'stale',
          helpUri: url('stale'),
          shortDescription: { text: 'A doc not updated for too long.' },
        },
      ],
    });
    const location = (uri: string, region: object) => [
      { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } },
    ];
    const resume = 'docs/status/%C3%A9quipe/r%C3%A9sum%C3%A9%2C%202026.md';
    const fingerprints = (run?.results ?? []).map((result) => result.partialFingerprints);
    expect(fingerprints.map((value) => Object.keys(value ?? {}))).toEqual([
      ['statusdocs/v1'],
      ['statusdocs/v1'],
      ['statusdocs/v1'],
      ['statusdocs/v1'],
    ]);
    expect(new Set(fingerprints.map((value) => value?.['statusdocs/v1'])).size).toBe(4);
    const results = (run?.results ?? []).map((result) => {
      const copy = { ...result };
      delete copy.partialFingerprints;
      return copy;
    });
    expect(results).toEqual([
      {
        ruleId: 'missing-heading',
        ruleIndex: 1,
        level: 'error',
        message: {
          text: 'Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?',
        },
        locations: location('docs/status/api.md', {
          startLine: 3,
          startColumn: 14,
          endLine: 3,
          endColumn: 26,
        }),
      },
      {
        ruleId: 'stale',
        ruleIndex: 3,
        level: 'warning',
        message: {
          text: 'Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.',
        },
        locations: location('docs/status/api.md', { startLine: 12, startColumn: 5 }),
      },
      {
        ruleId: 'orphan',
        ruleIndex: 2,
        level: 'note',
        message: { text: 'No doc links to `résumé, 2026.md`; link it from an index.' },
        locations: location(resume, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 20 }),
      },
      {
        ruleId: 'metric-sum',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Tests add up to `95%`, not `100%`;\nfix `passed: 95, failed: 3`.' },
        locations: location(resume, { startLine: 10, startColumn: 3, endLine: 11, endColumn: 8 }),
      },
    ]);
  });

  it('has no rules and no results for a clean result, and no version unless given', () => {
    const log = JSON.parse(formatSarif(cleanResult())) as Log;
    expect(log.runs[0]?.tool.driver).toEqual({
      name: 'statusdocs',
      informationUri: 'https://github.com/statusdocs/statusdocs',
      rules: [],
    });
    expect(log.runs[0]?.results).toEqual([]);
  });
});

describe('helpUri', () => {
  it('points every rule at its own section of docs/rules.md', () => {
    const rules = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    for (const id of RULE_IDS) {
      expect(ruleUrl(id)).toBe(`${RULES_DOCS_URL}#${id}`);
      expect(rules).toMatch(new RegExp(`^### ${id}$`, 'm'));
    }
  });
});

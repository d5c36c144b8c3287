import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  formatCompact,
  formatGithub,
  formatJson,
  formatResult,
  formatSarif,
  formatText,
  isFormat,
  summarize,
} from '../../../src/core/report/index.ts';
import { cleanResult, sampleResult } from './check-result-fixture.ts';

describe('formatResult', () => {
  it('dispatches to the reporter of each format with the same options', () => {
    const options = { displayRoot: 'docs', color: true, toolVersion: '1.2.3' };
    const reporters = {
      text: formatText,
      compact: formatCompact,
      json: formatJson,
      github: formatGithub,
      sarif: formatSarif,
    };
    expect(FORMATS).toEqual(['text', 'compact', 'json', 'github', 'sarif']);
    for (const format of FORMATS) {
      expect(formatResult(sampleResult(), format, options)).toBe(
        reporters[format](sampleResult(), options),
      );
    }
  });

  it('recognizes format names', () => {
    expect(FORMATS.every(isFormat)).toBe(true);
    expect(isFormat('stylish')).toBe(false);
  });
});

describe('summarize', () => {
  it('counts docs, clean ones included, and findings by severity', () => {
    expect(summarize(sampleResult())).toEqual({ files: 3, errors: 2, warnings: 1, infos: 1 });
    expect(summarize(cleanResult())).toEqual({ files: 2, errors: 0, warnings: 0, infos: 0 });
  });
});

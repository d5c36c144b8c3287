import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentOf } from '../../../src/core/evidence/artifact.ts';
import { readArtifactText } from '../../../src/core/evidence/read-artifact-text.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/evidence-artifacts/${name}`, import.meta.url), 'utf8');

describe('readArtifactText', () => {
  it("counts the test cases of Node's test runner JUnit (no count attributes)", () => {
    const read = readArtifactText('node-junit.xml', fixture('node-junit.xml'));
    expect(read).toEqual({
      ok: true,
      value: {
        format: 'junit',
        tests: { passed: 6, failed: 2, errors: 0, skipped: 1, total: 9 },
      },
    });
  });

  it("reads Vitest's JUnit with its suite timestamp", () => {
    const read = readArtifactText('vitest-junit.xml', fixture('vitest-junit.xml'));
    expect(read.ok && read.value.tests).toEqual({
      passed: 2,
      failed: 1,
      errors: 0,
      skipped: 1,
      total: 4,
    });
    expect(read.ok && read.value.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("reads Node's LCOV: totals and each file's lines", () => {
    const read = readArtifactText('lcov.info', fixture('lcov.info'));
    if (!read.ok || !read.value.coverage) throw new Error('expected coverage');
    const { totals, files } = read.value.coverage;
    expect(read.value.format).toBe('lcov');
    expect(totals.lines).toEqual({ covered: 20, total: 27 });
    expect(totals.functions).toEqual({ covered: 3, total: 5 });
    expect(files.get('src/auth.js')).toEqual({ covered: 9, total: 16 });
    expect(files.get('src/cart.js')).toEqual({ covered: 11, total: 11 });
    expect(percentOf(totals.lines)?.toFixed(1)).toBe('74.1');
  });

  it('merges a file that two LCOV records list, counting each line once', () => {
    const text = 'SF:a.js\nDA:1,0\nDA:2,1\nend_of_record\nSF:a.js\nDA:1,3\nDA:3,0\nend_of_record\n';
    const read = readArtifactText('lcov.info', text);
    expect(read.ok && read.value.coverage?.files.get('a.js')).toEqual({ covered: 2, total: 3 });
  });

  it('reads pytest JUnit with errors and nested suites', () => {
    const text = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5" timestamp="2026-03-01T10:00:00.000000"><testcase classname="t" name="a"/><testcase classname="t" name="b"><failure message="x">boom</failure></testcase><testcase classname="t" name="c"><error message="y"/></testcase><testcase classname="t" name="d"><skipped type="pytest.skip" message="s"/></testcase><testsuite name="inner"><testcase name="e"/></testsuite></testsuite></testsuites>`;
    expect(readArtifactText('junit.xml', text)).toEqual({
      ok: true,
      value: {
        format: 'junit',
        tests: { passed: 2, failed: 1, errors: 1, skipped: 1, total: 5 },
        timestamp: '2026-03-01T10:00:00.000000',
      },
    });
  });

  it('reads a single Surefire <testsuite> root', () => {
    const text = `<testsuite name="com.x.AppTest" tests="2" failures="0" timestamp="2026-02-03T04:05:06"><testcase name="a" classname="c"/><testcase name="b" classname="c"/></testsuite>`;
    const read = readArtifactText('TEST-com.x.AppTest.xml', text);
    expect(read.ok && read.value.tests?.passed).toBe(2);
  });

  it('reads Cobertura: root totals, file lines, timestamp in milliseconds', () => {
    const text = `<?xml version="1.0" ?><coverage version="7.4" timestamp="1772359200000" lines-valid="10" lines-covered="6" line-rate="0.6" branches-valid="0" branches-covered="0"><packages><package name="src"><classes><class name="auth.py" filename="src/auth.py"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class><class name="auth2" filename="src/auth.py"><lines><line number="2" hits="3"/><line number="3" hits="0"/></lines></class></classes></package></packages></coverage>`;
    const read = readArtifactText('coverage.xml', text);
    if (!read.ok || !read.value.coverage) throw new Error('expected coverage');
    expect(read.value.format).toBe('cobertura');
    expect(read.value.coverage.totals).toEqual({ lines: { covered: 6, total: 10 } });
    expect(read.value.coverage.files.get('src/auth.py')).toEqual({ covered: 2, total: 3 });
    expect(read.value.timestamp).toBe('2026-03-01T10:00:00.000Z');
  });

  it("reads Istanbul's coverage-summary.json", () => {
    const entry = (covered: number, total: number) => ({ total, covered, skipped: 0, pct: 0 });
    const text = JSON.stringify({
      total: {
        lines: entry(60, 100),
        statements: entry(61, 100),
        functions: entry(5, 10),
        branches: entry(1, 4),
      },
      '/repo/src/auth.ts': { lines: entry(4, 10), statements: entry(4, 10) },
    });
    const read = readArtifactText('coverage/coverage-summary.json', text);
    if (!read.ok || !read.value.coverage) throw new Error('expected coverage');
    expect(read.value.format).toBe('istanbul');
    expect(read.value.coverage.totals.statements).toEqual({ covered: 61, total: 100 });
    expect(read.value.coverage.files.get('/repo/src/auth.ts')).toEqual({ covered: 4, total: 10 });
  });

  it("reads coverage.py's JSON with branches: the combined total coverage.py prints", () => {
    const text = JSON.stringify({
      meta: { format: 3, version: '7.6.1', timestamp: '2026-03-01T09:30:00.123456' },
      files: { 'app/main.py': { summary: { covered_lines: 8, num_statements: 10 } } },
      totals: { covered_lines: 8, num_statements: 10, covered_branches: 1, num_branches: 2 },
    });
    const read = readArtifactText('coverage.json', text);
    if (!read.ok || !read.value.coverage) throw new Error('expected coverage');
    expect(read.value.format).toBe('coverage-py');
    expect(read.value.coverage.totals.combined).toEqual({ covered: 9, total: 12 });
    expect(read.value.timestamp).toBe('2026-03-01T09:30:00.123456');
  });

  it('reports malformed XML at its line and column', () => {
    const read = readArtifactText(
      'junit.xml',
      '<testsuites>\n  <testcase name="a">\n</testsuites>',
    );
    expect(read.ok).toBe(false);
    expect(!read.ok && [read.line, read.reason]).toEqual([
      3,
      expect.stringContaining('not well-formed XML'),
    ]);
  });

  it('reports a truncated LCOV record and a JSON of the wrong shape', () => {
    const lcov = readArtifactText('lcov.info', 'SF:a.js\nDA:1,1\n');
    expect(!lcov.ok && lcov.reason).toMatch(/no `end_of_record`/);
    const json = readArtifactText('coverage.json', '{"totals": {"covered_lines": "x"}}');
    expect(!json.ok && json.reason).toMatch(/^not a coverage.py JSON report at `files`/);
  });

  it('does not expand entities declared in a DOCTYPE', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><testsuites><testcase name="&b;"/></testsuites>`;
    const read = readArtifactText('junit.xml', bomb);
    expect(read.ok && read.value.tests?.total).toBe(1);
  });

  it('says which formats it reads when a file is none of them', () => {
    const read = readArtifactText('notes.txt', 'hello');
    expect(!read.ok && read.reason).toMatch(/^not a format statusdocs reads/);
  });
});

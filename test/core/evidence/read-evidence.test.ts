import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readEvidence } from '../../../src/core/evidence/read-evidence.ts';

const artifacts = new URL('../../fixtures/evidence-artifacts/', import.meta.url).pathname;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-evidence-read-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readEvidence', () => {
  it('finds artifacts in the common locations when none are named', async () => {
    mkdirSync(path.join(dir, 'coverage'));
    copyFileSync(path.join(artifacts, 'lcov.info'), path.join(dir, 'coverage/lcov.info'));
    copyFileSync(path.join(artifacts, 'vitest-junit.xml'), path.join(dir, 'junit.xml'));
    const evidence = await readEvidence({ cwd: dir });
    expect(evidence.problems).toEqual([]);
    expect(evidence.artifacts.map((a) => [a.path, a.format, a.dated])).toEqual([
      ['coverage/lcov.info', 'lcov', false],
      ['junit.xml', 'junit', true],
    ]);
  });

  it('reads only the named files and globs when given, and reports bad ones', async () => {
    copyFileSync(path.join(artifacts, 'node-junit.xml'), path.join(dir, 'junit.xml'));
    writeFileSync(path.join(dir, 'broken.xml'), '<testsuites>\n<testcase>\n');
    const evidence = await readEvidence({
      cwd: dir,
      files: ['broken.xml', 'gone.xml'],
      globs: ['none/*.xml'],
    });
    expect(evidence.artifacts).toEqual([]);
    expect(evidence.problems.map((p) => [p.path, p.line, p.reason.split(' (')[0]])).toEqual([
      ['broken.xml', 1, 'Evidence file `broken.xml` is not well-formed XML'],
      ['gone.xml', 1, 'Cannot find evidence file `gone.xml`; check the path'],
    ]);
  });

  it('reads what pytest and coverage.py wrote: JUnit XML, LCOV and coverage JSON', async () => {
    const python = new URL('../../fixtures/evidence-python/', import.meta.url).pathname;
    const evidence = await readEvidence({
      cwd: python,
      files: ['reports/junit.xml', 'coverage/lcov.info', 'coverage.json'],
    });
    expect(evidence.problems).toEqual([]);
    const [junit, lcov, json] = evidence.artifacts;
    expect(junit?.tests).toEqual({ passed: 45, failed: 5, errors: 0, skipped: 0, total: 50 });
    expect(junit?.dated).toBe(true);
    expect(lcov?.coverage?.totals.lines).toEqual({ covered: 60, total: 100 });
    expect(lcov?.coverage?.files.get('src/auth.py')).toEqual({ covered: 12, total: 40 });
    expect(json?.format).toBe('coverage-py');
    expect(json?.coverage?.files.get('src/auth.py')).toEqual({ covered: 12, total: 40 });
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/core/check/check-project.ts';
import type { CheckResult } from '../../src/core/check/check-result.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { formatJson } from '../../src/core/report/format-json.ts';
import { runCli } from '../cli/run-cli.ts';
import { makeHostileCorpus, SECRET, type HostileCorpus } from './hostile-corpus.ts';

/**
 * Every planted problem, per file, as `line:column rule-id`. Files that only
 * try to break the renderer (script, iframe, event handlers) have nothing to
 * report here beyond what any doc would; `render-hostile.test.ts` covers them.
 */
const EXPECTED: Record<string, string[]> = {
  'binary-nul-bytes.md': ['5:23 not-utf8'],
  'case/Report.md': ['1:1 duplicate-id'],
  'case/report.md': ['1:1 duplicate-id'],
  'emphasis-bomb.md': ['5:600000 file-too-large'],
  'empty.md': [],
  'frontmatter-only.md': [],
  'hash#name.md': ['5:48 missing-heading'],
  'html-iframe.md': [],
  'html-onerror.md': ['5:1 missing-file'],
  'html-script.md': ['13:11 missing-file'],
  'huge-20mb.md': ['1:1 file-too-large'],
  'invalid-utf8.md': ['5:4 not-utf8', '5:43 mojibake'],
  'links-escaping-root.md': ['5:3 outside-root', '6:3 outside-root', '8:3 outside-root'],
  'mixed-line-endings.md': ['9:5 missing-file'],
  'name with spaces.md': [],
  'nested-blockquote-5000-levels.md': ['5:202 file-too-large'],
  'nested-list-5000-levels.md': ['5:402 file-too-large'],
  'relation-cycle-a.md': ['4:1 relation-cycle'],
  'relation-cycle-b.md': [],
  'supersedes-itself.md': ['4:1 relation-cycle', '5:1 relation-cycle'],
  'svg-script.md': ['5:1 missing-file'],
  'table-10000-rows.md': ['10007:15 table-total'],
  'urls-javascript-data.md': [],
  'yaml-alias-bomb.md': ['1:4 yaml-syntax'],
  // A team's own top-level keys are not findings, however odd (issue 14).
  'yaml-collection-keys.md': [],
  'yaml-malformed.md': ['5:1 yaml-syntax'],
  'yaml-nested-1000-levels.md': ['4:210 file-too-large'],
  'yaml-proto-keys.md': ['15:5 frontmatter-schema'],
  'ünïcödé-名前.md': ['5:48 missing-file'],
};

function expectedFor(corpus: HostileCorpus): Record<string, string[]> {
  if (corpus.caseSensitive) return EXPECTED;
  // A case-folding file system kept one file, under the first name written: nothing collides.
  const expected = Object.fromEntries(
    Object.entries(EXPECTED).filter(([file]) => !file.startsWith('case/')),
  );
  return { ...expected, 'case/Report.md': [] };
}

const byPosition = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** `line:column rule-id` per file, sorted by position, for files whose path starts with `prefix`. */
function planted(files: readonly { path: string; messages: readonly Located[] }[], prefix = '') {
  return Object.fromEntries(
    files.map((file) => [
      file.path.slice(prefix.length),
      file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort(byPosition),
    ]),
  );
}

interface Located {
  line?: number | null | undefined;
  column?: number | null | undefined;
  ruleId?: string | null | undefined;
}

let corpus: HostileCorpus;
let result: CheckResult;

beforeAll(async () => {
  corpus = await makeHostileCorpus();
  ({ result } = await checkProject(corpus.root, configSchema.parse({}), '2026-11-21'));
}, 120_000);

afterAll(async () => {
  await corpus.remove();
});

describe('check over the hostile corpus (checkProject)', () => {
  it('completes and reports every planted problem, per file, at its place', () => {
    expect(planted(result.files)).toEqual(expectedFor(corpus));
  });

  it('places every message inside its file', async () => {
    for (const file of result.files) {
      const text = await readFile(path.join(corpus.root, file.path), 'latin1').catch(() => '');
      const lines = text.split(/\r\n|\r|\n/);
      for (const message of file.messages) {
        expect(message.line, `${file.path}: ${message.reason}`).toBeGreaterThanOrEqual(1);
        expect(message.column, `${file.path}: ${message.reason}`).toBeGreaterThanOrEqual(1);
        expect(message.line ?? 0).toBeLessThanOrEqual(Math.max(lines.length, 1));
        expect(message.column ?? 0).toBeLessThanOrEqual(
          (lines[(message.line ?? 1) - 1] ?? '').length + 1,
        );
      }
    }
  });

  it('follows no symbolic link: neither the loop nor the links out of the root are read', () => {
    const paths = result.files.map((file) => file.path);
    expect(paths.filter((p) => /symlink|loop-/.test(p))).toEqual([]);
    const output = formatJson(result);
    expect(output).not.toContain(SECRET);
  });

  it('says why a doc over a limit was not checked', () => {
    const reasons = result.files.flatMap((file) =>
      file.messages
        .filter((message) => message.ruleId === 'file-too-large')
        .map((message) => `${file.path}: ${message.reason}`),
    );
    expect(reasons).toEqual([
      'emphasis-bomb.md: Markdown nests more than `200` levels deep here; the file was not checked. Flatten it, or raise `limits.maxDepth`',
      'huge-20mb.md: File is 20971565 bytes, over the limit of 5000000; it was not checked. Split it, or raise `limits.maxFileSize`',
      'nested-blockquote-5000-levels.md: Markdown nests more than `200` levels deep here; the file was not checked. Flatten it, or raise `limits.maxDepth`',
      'nested-list-5000-levels.md: Markdown nests more than `200` levels deep here; the file was not checked. Flatten it, or raise `limits.maxDepth`',
      'yaml-nested-1000-levels.md: Frontmatter nests more than `200` levels deep; it was not read. Flatten it, or raise `limits.maxDepth`',
    ]);
  });

  it('reads `__proto__` and `constructor` as plain words, polluting nothing', () => {
    const doc = result.files.find((file) => file.path === 'yaml-proto-keys.md')?.doc;
    expect(doc).toMatchObject({
      title: 'Prototype keys',
      kind: 'report',
      status: null,
      date: '2026-01-05',
    });
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('check over the hostile corpus (CLI)', () => {
  it('exits 1 with a JSON report of the same findings and nothing on stderr', () => {
    const run = runCli(['check', 'content', '--format', 'json'], { cwd: corpus.work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as {
      files: { path: string; messages: Located[] }[];
    };
    expect(planted(output.files, 'content/')).toEqual(expectedFor(corpus));
    expect(run.stdout).not.toContain(SECRET);
  });

  it('prints the text report without a stack trace', () => {
    const run = runCli(['check', 'content'], { cwd: corpus.work });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stdout).toContain('content/emphasis-bomb.md');
  });
});

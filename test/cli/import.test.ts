import {
  chmodSync,
  chownSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/core/check/check-project.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { applyFixes } from '../../src/core/fix/apply-fixes.ts';
import { collectFixes } from '../../src/core/fix/collect-fixes.ts';
import { IMPORT_RULES } from '../../src/core/import/plan-import.ts';
import { metadataOf } from '../../src/core/import/same-metadata.ts';
import { buildFileIndex } from '../../src/core/links/file-index.ts';
import { copyFixture, git } from './git-repo.ts';
import { runCli } from './run-cli.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function fixtureCopy(name: string): { dir: string; content: string } {
  const copy = copyFixture(name);
  dirs.push(copy.dir);
  return copy;
}

const config = configSchema.parse({});

/** Give `dir` and everything in it to another user, as a shared checkout would be. */
function chownTree(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    chownSync(path.join(entry.parentPath, entry.name), uid, gid);
  }
}

async function metadata(content: string) {
  const { result } = await checkProject(content, config, '2026-11-21');
  const sources = result.files.map((file) => file.source);
  const index = buildFileIndex(
    undefined,
    sources.map((source) => source.path),
  );
  return { result, sources, docs: result.files.map((file) => metadataOf(file.doc, index)) };
}

describe('statusdocs import on the five seeds', () => {
  it('lifts what show infers, repairs what the diff lists, and has nothing to do the second time', async () => {
    const { dir, content } = fixtureCopy('seeds');
    const before = await metadata(content);
    const originals = before.sources.map((source) => source.text);

    const dry = runCli(['import', 'docs'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toBe('');
    const summary = dry.stdout.slice(dry.stdout.indexOf('Would change'));
    expect(summary.split('\n').slice(0, 6)).toEqual([
      'Would change 5 docs:',
      '  docs/000_833aac18af8bc3d3.md  126 mojibake, frontmatter (title, updated, owner; to confirm: kind)',
      '  docs/001_2f4d7447909a069d.md  frontmatter (title, status, date, metrics; to confirm: kind)',
      '  docs/002_d0f6005d88313b34.md  116 mojibake, frontmatter (title, date; to confirm: kind)',
      '  docs/003_bda831af887fcddd.md  frontmatter (title; to confirm: kind)',
      '  docs/004_7fac2de8baaf4b66.md  109 mojibake, frontmatter (title, date; to confirm: kind, status)',
    ]);
    expect(
      readdirSync(content).map((name) => readFileSync(path.join(content, name), 'utf8')),
    ).toEqual(originals);

    const write = runCli(['import', 'docs', '--write'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stdout.startsWith('Changed 5 docs:\n')).toBe(true);

    const after = await metadata(content);
    expect(after.docs).toEqual(before.docs);
    const patches = parsePatch(dry.stdout.slice(0, dry.stdout.indexOf('Would change')));
    before.sources.forEach((source, at) => {
      const written = after.sources[at]?.text ?? '';
      // The written doc is exactly what the diff showed…
      expect(applyPatch(source.text, patches[at] ?? '')).toBe(written);
      // …and below the new frontmatter, the original with the repairs of `check`, nothing else.
      const messages = before.result.files[at]?.messages ?? [];
      const repaired = applyFixes(source.text, collectFixes({ messages }, IMPORT_RULES).fixes).text;
      expect(written.slice(after.sources[at]?.bodyOffset)).toBe(repaired);
      // Each damaged file is repaired whole, code included: `check` finds no mojibake left.
      const left = after.result.files[at]?.messages.filter((m) => m.ruleId === 'mojibake');
      expect(left).toEqual([]);
    });

    const again = runCli(['import', 'docs'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout.startsWith('Nothing to do in 5 docs.\n')).toBe(true);
    expect(again.stdout).not.toContain('--- a/');
  });
});

describe('statusdocs import, file by file', () => {
  it('prints the CRLF diff with the line endings kept', () => {
    const { dir } = fixtureCopy('import-crlf');
    const run = runCli(['import', 'docs'], { cwd: dir });
    expect(run.stdout).toBe(
      [
        '--- a/docs/status-report.md',
        '+++ b/docs/status-report.md',
        '@@ -1,7 +1,14 @@',
        '+---\r',
        '+title: Sprint 9 Report\r',
        '+kind: report\r',
        '+status: done\r',
        '+date: 2025-12-12\r',
        '+owner: Platform team\r',
        '+---\r',
        ' # Sprint 9 Report\r',
        ' \r',
        ' **Date**: 2025-12-12\r',
        ' **Status**: ✅ Complete\r',
        ' **Owner**: Platform team\r',
        ' \r',
        '-All work âœ… shipped.\r',
        '+All work ✅ shipped.\r',
        'Would change 1 doc:',
        '  docs/status-report.md  1 mojibake, frontmatter (title, kind, status, date, owner)',
        'Dry run: nothing was written. Run again with `--write` to apply.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the byte order mark when it writes', () => {
    const { dir, content } = fixtureCopy('import-bom');
    expect(runCli(['import', 'docs', '--write'], { cwd: dir }).code).toBe(0);
    const bytes = readFileSync(path.join(content, 'handoff.md'));
    expect([...bytes.subarray(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0x2d, 0x2d, 0x2d]);
  });

  it('reports a read-only doc plainly, writes nothing to it, and still imports the others', () => {
    const { dir, content } = fixtureCopy('import-crlf');
    writeFileSync(
      path.join(content, 'other-report.md'),
      '# Other Report\n\n**Date**: 2025-01-02\n',
    );
    const readOnly = path.join(content, 'status-report.md');
    const original = readFileSync(readOnly);
    chmodSync(readOnly, 0o444);
    const run = runCli(['import', 'docs', '--write'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'Changed 1 doc:',
        '  docs/other-report.md  frontmatter (title, kind, date)',
        'Not changed (1):',
        '  `docs/status-report.md` is read-only; make it writable (chmod u+w) to change it',
        '',
      ].join('\n'),
    );
    expect(readFileSync(readOnly)).toEqual(original);
    expect(readdirSync(content).sort()).toEqual(['other-report.md', 'status-report.md']);
  });

  it('leaves a doc changed in git alone unless --force', () => {
    const { dir, content } = fixtureCopy('import-bom');
    writeFileSync(
      path.join(content, 'clean-report.md'),
      '# Clean Report\n\n**Date**: 2025-01-02\n',
    );
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Docs');
    const changed = path.join(content, 'handoff.md');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}More notes.\r\n`);
    const edited = readFileSync(changed);

    const run = runCli(['import', 'docs', '--write'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'Changed 1 doc:',
        '  docs/clean-report.md  frontmatter (title, kind, date)',
        'Not changed (1):',
        '  docs/handoff.md  has uncommitted changes in git; commit or stash them first, or pass `--force`',
        '',
      ].join('\n'),
    );
    expect(readFileSync(changed)).toEqual(edited);

    const forced = runCli(['import', 'docs', '--write', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(
      'Changed 1 doc:\n  docs/handoff.md  frontmatter (title, kind, date)\n',
    );
  });

  // Runs where the tests run as root (containers, CI images); needs chown to another user.
  const asRoot = process.getuid?.() === 0;

  it.skipIf(!asRoot)(
    'fails closed when git refuses a repository another user owns (issue 20, item 11)',
    () => {
      const { dir, content } = fixtureCopy('import-bom');
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'Docs');
      const doc = path.join(content, 'handoff.md');
      writeFileSync(doc, `${readFileSync(doc, 'utf8')}Uncommitted notes.\r\n`);
      const edited = readFileSync(doc);
      chownTree(dir, 1000, 1000);
      // Without the helper's fixed identity: git's own ownership check, as a user meets it.
      const run = runCli(['import', 'docs', '--write'], { cwd: dir, env: { HOME: dir } });
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^statusdocs: Git refuses the repository of `docs\/` \(detected dubious ownership in repository at '[^'\n]+'\), so uncommitted changes cannot be ruled out and nothing was changed\. Run as the owner of the repository, or pass `--force` to change the docs anyway\.\n$/,
      );
      expect(run.code).toBe(2);
      expect(readFileSync(doc)).toEqual(edited);
    },
  );

  it.skipIf(!asRoot)('keeps the owner, group and mode of a doc it rewrites as root', () => {
    const { dir, content } = fixtureCopy('import-crlf');
    const doc = path.join(content, 'status-report.md');
    chownSync(doc, 1000, 1001);
    chmodSync(doc, 0o640);
    const run = runCli(['import', 'docs', '--write'], { cwd: dir });
    expect(run.code).toBe(0);
    const stats = statSync(doc);
    expect([stats.uid, stats.gid, stats.mode & 0o7777]).toEqual([1000, 1001, 0o640]);
    expect(readFileSync(doc, 'utf8')).toMatch(/^---\r\n/);
  });

  it('says what is wrong with its arguments', () => {
    const run = runCli(['import']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'statusdocs: `import` needs the legacy docs. Run `statusdocs import <dir>`, or pass files and globs.\n',
    );
  });
});

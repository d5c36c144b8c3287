import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git } from './git-repo.ts';
import { runCli } from './run-cli.ts';

let repo: string | undefined;
afterEach(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
  repo = undefined;
});

describe('statusdocs fix', () => {
  it('rewrites a link to a doc moved into archive/, and a second run is clean', () => {
    repo = mkdtempSync(path.join(tmpdir(), 'statusdocs-fix-'));
    const content = path.join(repo, 'docs');
    mkdirSync(path.join(content, 'plans'), { recursive: true });
    writeFileSync(path.join(content, 'STATUS.md'), '# Status\n\nSee [the plan](plans/auth.md).\n');
    writeFileSync(
      path.join(content, 'plans', 'auth.md'),
      '# Auth plan\n\n[Status](../STATUS.md)\n',
    );
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'Add docs');
    mkdirSync(path.join(content, 'archive'), { recursive: true });
    git(repo, 'mv', 'docs/plans/auth.md', 'docs/archive/auth.md');
    writeFileSync(
      path.join(content, 'archive', 'auth.md'),
      '# Auth plan\n\n[Status](../STATUS.md)\n',
    );
    git(repo, 'commit', '-q', '-m', 'Archive the auth plan');

    const dry = runCli(['fix', 'docs'], { cwd: repo });
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')).toEqual([
      '--- a/docs/STATUS.md',
      '+++ b/docs/STATUS.md',
      '@@ -1,3 +1,3 @@',
      ' # Status',
      ' ',
      '-See [the plan](plans/auth.md).',
      '+See [the plan](archive/auth.md).',
      'Would change 1 doc:',
      '  docs/STATUS.md  1 missing-file',
      'Edits (1):',
      expect.stringMatching(
        /^ {2}docs\/STATUS\.md:3:5 {2}missing-file {2}Cannot find `plans\/auth\.md`; it was moved to `docs\/archive\/auth\.md` \(renamed in \w+, 2025-12-09\)$/,
      ),
      'Dry run: nothing was written. Run again with `--write` to apply.',
      '',
    ]);
    const write = runCli(['fix', 'docs', '--write'], { cwd: repo });
    expect(write.code).toBe(0);
    expect(write.stdout).toBe('Changed 1 doc:\n  docs/STATUS.md  1 missing-file\n');
    expect(readFileSync(path.join(content, 'STATUS.md'), 'utf8')).toBe(
      '# Status\n\nSee [the plan](archive/auth.md).\n',
    );
    expect(runCli(['fix', 'docs'], { cwd: repo }).stdout).toBe('Nothing to do in 2 docs.\n');
    expect(runCli(['check', 'docs'], { cwd: repo }).stdout).not.toContain('missing-file');
  });

  it('applies only the rules asked for, and lists what is left for a person', () => {
    repo = mkdtempSync(path.join(tmpdir(), 'statusdocs-fix-'));
    writeFileSync(
      path.join(repo, 'a.md'),
      '# A\n\nDone âœ… and [gone](gone.md), maybe ðŸ” here.\n',
    );
    const run = runCli(['fix', '.', '--rule', 'missing-file'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Nothing to do in 1 doc.',
        'Left for a person (1):',
        '  a.md:3:14  missing-file  Cannot find `gone.md`; fix the path or remove the reference',
        '',
      ].join('\n'),
    );
    const all = runCli(['fix', '.'], { cwd: repo });
    expect(all.stdout.slice(all.stdout.indexOf('Would change'))).toBe(
      [
        'Would change 1 doc:',
        '  a.md  1 mojibake',
        'Left for a person (2):',
        '  a.md:3:14  missing-file  Cannot find `gone.md`; fix the path or remove the reference',
        '  a.md:3:37  mojibake  Ambiguous mojibake `ðŸ”` (UTF-8 read as Windows-1252, a byte lost); replace with one of `🍔`, `🏔`, `🐔`, `🔁`, `🔍`, `🔏`, …',
        'Dry run: nothing was written. Run again with `--write` to apply.',
        '',
      ].join('\n'),
    );
  });

  it('repairs a wholly misdecoded doc, code and box drawing included, in the files given', () => {
    repo = mkdtempSync(path.join(tmpdir(), 'statusdocs-fix-'));
    mkdirSync(path.join(repo, 'docs'));
    const damaged = [
      '# Release âœ…',
      '',
      'Build âœ… green â†’ deploy âœ… done.',
      '',
      '```text',
      'â•‘ ready âœ… â•‘',
      '```',
      '',
    ].join('\n');
    writeFileSync(path.join(repo, 'docs/a.md'), damaged);
    writeFileSync(path.join(repo, 'docs/b.md'), damaged);
    // Typed after the damage: a real ✅ means code may hold real text, so code stays.
    writeFileSync(path.join(repo, 'docs/c.md'), `${damaged}Checked ✅.\n`);
    const run = runCli(['fix', 'docs/a.md', 'docs/c*.md', '--write'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(repo, 'docs/a.md'), 'utf8')).toBe(
      '# Release ✅\n\nBuild ✅ green → deploy ✅ done.\n\n```text\n║ ready ✅ ║\n```\n',
    );
    expect(readFileSync(path.join(repo, 'docs/b.md'), 'utf8')).toBe(damaged);
    const partly = readFileSync(path.join(repo, 'docs/c.md'), 'utf8');
    expect(partly).toContain('Build ✅ green → deploy ✅ done.');
    expect(partly).toContain('â•‘ ready âœ… â•‘');
  });

  it('refuses a rule that offers no fixes', () => {
    const run = runCli(['fix', 'cli-clean', '--rule', 'stale']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'statusdocs: Rule `stale` offers no fixes. Use --rule with one of: mojibake, missing-file, case-mismatch, relation-asymmetric.\n',
    );
  });
});

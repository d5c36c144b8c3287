import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/core/check/check-project.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { applyFixes } from '../../../src/core/fix/apply-fixes.ts';
import { LINK_RULES } from '../../../src/core/rules/link-rules.ts';
import { fixtureRoot } from './check-fixture-set.ts';

const LINK_RULE_IDS = new Set<string>(LINK_RULES.map((rule) => rule.id));
LINK_RULE_IDS.delete('orphan');

let top = '';

function git(...args: string[]): void {
  execFileSync('git', args, {
    cwd: top,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: '2026-01-05T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-05T12:00:00Z',
    },
  });
}

/**
 * The fixture `links-real-repo` as a git repository named `acme`, after two
 * plans were archived with `git mv`.
 */
beforeAll(() => {
  top = path.join(mkdtempSync(path.join(tmpdir(), 'statusdocs-real-')), 'acme');
  cpSync(fixtureRoot('links-real-repo'), top, { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'Docs');
  mkdirSync(path.join(top, 'docs', 'archive'));
  git('mv', 'docs/plans/old-plan.md', 'docs/archive/old-plan.md');
  git('mv', 'docs/plans/lost-plan.md', 'docs/archive/lost-plan.md');
  git('commit', '-q', '-m', 'Archive two plans');
});
afterAll(() => {
  rmSync(path.dirname(top), { recursive: true, force: true });
});

/**
 * Every link finding on the docs under `docs/`, as `path:line:col rule reason`
 * with the edited target text when there is a fix; paths from the top level.
 */
async function verdicts(contentDir: string): Promise<string[]> {
  const root = path.join(top, contentDir);
  const { result } = await checkProject(root, configSchema.parse({}), '2026-02-01');
  return result.files.flatMap((file) => {
    const repoPath = path.posix.join(contentDir, file.path);
    if (!repoPath.startsWith('docs/')) return [];
    const text = file.source.text;
    return file.messages
      .filter((message) => LINK_RULE_IDS.has(message.ruleId ?? ''))
      .map((message) => {
        const edit = message.fix?.[0];
        const fixed = edit
          ? ` => ${applyFixes(text, [{ ruleId: '', line: 1, column: 1, reason: '', edits: [edit] }]).text.slice(edit.start, edit.start + edit.text.length)}`
          : '';
        return `${repoPath}:${message.line ?? 0}:${message.column ?? 0} ${message.ruleId ?? ''} ${message.reason}${fixed}`;
      });
  });
}

describe('links in a real repository layout', () => {
  it('report bare prose paths as info, never edited', async () => {
    const { result } = await checkProject(
      path.join(top, 'docs'),
      configSchema.parse({}),
      '2026-02-01',
    );
    const bare = result.files
      .find((file) => file.path === 'STATUS.md')
      ?.messages.filter((message) => message.line === 26);
    expect(bare?.map((message) => [message.ruleId, message.fatal, message.fix])).toEqual([
      ['missing-file', undefined, undefined],
    ]);
  });

  it('give the same verdicts, messages and edits from the top level and from docs/', async () => {
    expect(await verdicts('docs')).toEqual(await verdicts(''));
  });

  it('report only real problems, with edits only when certain', async () => {
    const lines = await verdicts('docs');
    const commit = /renamed in \w+, 2026-01-05/;
    expect(lines.map((line) => line.replace(commit, 'renamed in C, 2026-01-05'))).toEqual([
      'docs/STATUS.md:15:3 missing-file Cannot find `plans/lost-plan.md`; it was moved to `docs/archive/lost-plan.md` (renamed in C, 2026-01-05)',
      'docs/STATUS.md:19:24 case-mismatch Path `docs/TESTING.md` differs in case from `docs/testing.md`, which breaks on Linux and the site; write `docs/testing.md` => docs/testing.md',
      'docs/STATUS.md:20:15 missing-file Cannot find `plans/old-plan.md`; it was moved to `docs/archive/old-plan.md` (renamed in C, 2026-01-05) => archive/old-plan.md',
      'docs/STATUS.md:21:25 missing-file Cannot find `docs/plans/old-plan.md`; it was moved to `docs/archive/old-plan.md` (renamed in C, 2026-01-05) => docs/archive/old-plan.md',
      'docs/STATUS.md:22:5 missing-file Cannot find `plans/PR-032-cache.md`; fix the path or remove the reference',
      'docs/STATUS.md:23:10 missing-file Cannot find `./api.py`; fix the path or remove the reference',
      'docs/STATUS.md:24:52 missing-file Cannot find `bugs/closed/BUG-8-logout.md`; fix the path or remove the reference',
      'docs/STATUS.md:25:11 outside-root Path `../../outside.md` leads outside the repository, which statusdocs does not read; move the target inside or link it by URL',
      'docs/STATUS.md:26:20 missing-file Cannot find `docs/plans/gone-bare.md`; fix the path or remove the reference',
      'docs/batches/b1/notes-b1.md:3:13 missing-file Cannot find `./README.md`; fix the path or remove the reference',
      'docs/batches/b1/notes-b1.md:4:27 missing-file Cannot find `../roadmap-2026.md`; fix the path or remove the reference',
    ]);
  });
});

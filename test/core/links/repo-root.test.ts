import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/core/check/check-project.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A project whose content root is `docs/`, with `TEAM-RULES.md` at the top and an ignored file. */
function writeProject(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-repo-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'TEAM-RULES.md'), '# Team rules\n');
  writeFileSync(path.join(dir, 'IGNORED-NOTES.md'), '# Ignored\n');
  writeFileSync(path.join(dir, '.gitignore'), 'IGNORED-NOTES.md\n');
  writeFileSync(
    path.join(dir, 'docs', 'STATUS.md'),
    '# Status\n\nRules are in `TEAM-RULES.md`; notes in `IGNORED-NOTES.md`.\n',
  );
  return path.join(dir, 'docs');
}

async function missing(content: string): Promise<string[]> {
  const { result } = await checkProject(content, configSchema.parse({}), '2026-11-21');
  return result.files
    .flatMap((file) => file.messages)
    .filter((message) => message.ruleId === 'missing-file')
    .map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.reason}`);
}

describe('paths written from the repository root', () => {
  it('are found in a git repository, tracked or untracked, but not when ignored', async () => {
    const content = writeProject();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(await missing(content)).toEqual([
      '3:40 Cannot find `IGNORED-NOTES.md`; fix the path or remove the reference',
    ]);
  });

  it('are missing without git', async () => {
    const content = writeProject();
    expect(await missing(content)).toEqual([
      '3:14 Cannot find `TEAM-RULES.md`; fix the path or remove the reference',
      '3:40 Cannot find `IGNORED-NOTES.md`; fix the path or remove the reference',
    ]);
  });

  it('leave an untracked node_modules out of the repository files', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-repo-'));
    mkdirSync(path.join(dir, 'docs'));
    mkdirSync(path.join(dir, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', 'dep', 'index.js'), 'module.exports = 1;\n');
    writeFileSync(
      path.join(dir, 'docs', 'STATUS.md'),
      '# Status\n\nSee [the server](../src/server.js).\n',
    );
    execFileSync('git', ['init', '-q'], { cwd: dir });
    // A docs-only repository cannot tell a missing script: installed packages do not make it hold code.
    expect(await missing(path.join(dir, 'docs'))).toEqual([]);
    writeFileSync(path.join(dir, 'boot.js'), 'start();\n');
    expect(await missing(path.join(dir, 'docs'))).toEqual([
      '3:5 Cannot find `../src/server.js`; fix the path or remove the reference',
    ]);
  });
});

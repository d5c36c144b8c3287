import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('statusdocs new', () => {
  it('creates a report named after the date and the title', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-new-'));
    const run = runCli(['new', 'report', 'Sprint 14', '--dir', 'docs'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: 'Created docs/2026-11-21-sprint-14.md\n', stderr: '' });
    expect(readFileSync(path.join(dir, 'docs', '2026-11-21-sprint-14.md'), 'utf8')).toBe(
      `---
title: Sprint 14
kind: report
status: done
# The day (or the last day of the period) the report is about.
date: 2026-11-21
# owner: your-name
tags: []
# The plan this report is on, relative to this file:
# plan: ../plans/the-plan.md
metrics:
  tests:
    passed: 0
    failed: 0
    total: 0
  # coverage:
  #   value: 80
  #   target: 90
---

# Sprint 14

One paragraph: what was done, and what it means.

## Done

- What changed, with links to the pull requests.

## Numbers

Test results and coverage as measured, with the command that measured them.

## Next

What comes next, and who does it.
`,
    );
  });

  it('writes every kind so that check finds nothing wrong with it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-new-'));
    for (const kind of ['status', 'report', 'plan', 'handoff', 'decision']) {
      expect(runCli(['new', kind, `First ${kind}`, '--dir', 'docs'], { cwd: dir }).code).toBe(0);
    }
    const check = runCli(['check', 'docs', '--format', 'json'], { cwd: dir });
    const output = JSON.parse(check.stdout) as {
      files: { path: string; messages: { ruleId: string; severity: string }[] }[];
    };
    expect(check.code).toBe(0);
    expect(
      output.files.flatMap((file) =>
        file.messages
          .filter((message) => message.ruleId !== 'orphan')
          .map((message) => `${file.path} ${message.ruleId}`),
      ),
    ).toEqual([]);
    expect(output.files.map((file) => file.path)).toEqual([
      'docs/2026-11-21-first-handoff.md',
      'docs/2026-11-21-first-report.md',
      'docs/first-decision.md',
      'docs/first-plan.md',
      'docs/first-status.md',
    ]);
  });

  it('never overwrites, and names the kinds it knows', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-new-'));
    runCli(['new', 'plan', 'Roadmap', '--dir', 'docs'], { cwd: dir });
    expect(runCli(['new', 'plan', 'Roadmap', '--dir', 'docs'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'statusdocs: `docs/roadmap.md` already exists; it was left unchanged. Pick another title, or edit the existing doc.\n',
    });
    expect(runCli(['new', 'memo', 'X'], { cwd: dir }).stderr).toBe(
      'statusdocs: Unknown kind `memo`. Use one of: status, report, plan, handoff, decision.\n',
    );
  });
});

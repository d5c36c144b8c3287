import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

describe('statusdocs graph', () => {
  it('renders the sample project as Mermaid: plans, reports, supersedes and the handoff chain', () => {
    const run = runCli(['graph', 'content', '--format', 'mermaid'], { cwd: PROJECT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toEqual(
      expect.arrayContaining([
        '  d_plans_active_media_pipeline_plan_md["Media Pipeline v2 Plan<br/>plan · active"]',
        '  d_reports_2026_09_18_sprint_12_report_md -->|plan| d_plans_active_media_pipeline_plan_md',
        '  d_reports_2026_08_21_sprint_10_report_md -->|plan| d_plans_completed_auth_migration_plan_md',
        '  d_reports_2026_09_16_auth_migration_final_report_md -->|supersedes| d_archive_AUTH_MIGRATION_STATUS_20260902_md',
        '  d_archive_AUTH_MIGRATION_STATUS_20260902_md -->|superseded by| d_reports_2026_09_16_auth_migration_final_report_md',
        '  d_handoffs_2026_11_05_signed_urls_handoff_md -->|next| d_handoffs_HANDOFF_2026_11_12_md',
        '  d_handoffs_HANDOFF_2026_11_12_md -->|next| d_handoffs_2026_11_19_cdn_invalidation_handoff_md',
        '  d_handoffs_2026_11_19_cdn_invalidation_handoff_md -->|previous| d_handoffs_HANDOFF_2026_11_12_md',
        '  d_STATUS_md -.-> d_plans_active_media_pipeline_plan_md',
      ]),
    );
  });

  it('exposes the handoff chain, orphans and backlinks in JSON, the same on every run', () => {
    const run = runCli(['graph', 'content'], { cwd: PROJECT });
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout) as {
      nodes: { path: string }[];
      chains: string[][];
      orphans: string[];
      backlinks: Record<string, string[]>;
    };
    expect(graph.nodes).toHaveLength(16);
    expect(graph.chains).toEqual([
      [
        'handoffs/2026-11-05-signed-urls-handoff.md',
        'handoffs/HANDOFF_2026-11-12.md',
        'handoffs/2026-11-19-cdn-invalidation-handoff.md',
      ],
    ]);
    expect(graph.orphans).toEqual(['STATUS.md']);
    expect(graph.backlinks['archive/AUTH_MIGRATION_STATUS_20260902.md']).toEqual([
      'reports/2026-09-16-auth-migration-final-report.md',
    ]);
    expect(runCli(['graph', 'content'], { cwd: PROJECT }).stdout).toBe(run.stdout);
  });

  it('writes Graphviz DOT', () => {
    const run = runCli(['graph', 'content', '--format', 'dot'], { cwd: PROJECT });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  "handoffs/HANDOFF_2026-11-12.md" -> "handoffs/2026-11-19-cdn-invalidation-handoff.md" [label="next"];\n',
    );
  });

  it('rejects an unknown format with exit code 2', () => {
    const run = runCli(['graph', 'content', '--format', 'svg'], { cwd: PROJECT });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('statusdocs: Unknown format `svg`. Use json, dot or mermaid.\n');
  });
});

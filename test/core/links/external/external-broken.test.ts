import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../../../src/core/check/check-project.ts';
import { configSchema } from '../../../../src/core/config/config-schema.ts';
import { describeExternalProblem as describeProblem } from '../../../../src/core/rules/external-broken.ts';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-external-check-'));
  server = await startTestServer({
    '/ok': (_, res) => res.writeHead(200).end(),
    '/doc.html': (_, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h2 id="setup">Setup</h2>'),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('check with external links', () => {
  it('reports each broken reference at its place, and fetches nothing from code', async () => {
    const o = server.origin;
    writeFileSync(
      path.join(dir, 'STATUS.md'),
      [
        '# Status',
        '',
        `Works: [ok](${o}/ok), [setup](${o}/doc.html#setup).`,
        `Broken: [gone](${o}/gone) and [install](${o}/doc.html#install).`,
        '',
        `[again]: ${o}/gone`,
        '',
        '```sh',
        `curl ${o}/in-code-block`,
        '```',
        '',
        `Not a link: \`${o}/in-inline-code\`.`,
        '',
      ].join('\n'),
    );
    const config = configSchema.parse({});
    const { result } = await checkProject(dir, config, '2026-11-21', { external: {} });
    const lines = result.files
      .flatMap((file) => file.messages)
      .filter((message) => message.ruleId === 'external-broken')
      .map(
        (m) =>
          `${m.line ?? 0}:${m.column ?? 0} ${m.fatal === true ? 'error' : 'other'} ${m.reason}`,
      );
    expect(lines).toEqual([
      `4:9 error Link \`${o}/gone\` answered HTTP 404; fix or remove the link`,
      `4:${`Broken: [gone](${o}/gone) and `.length + 1} error Cannot find \`#install\` in the page at \`${o}/doc.html#install\`; fix the fragment or link to the page`,
      `6:1 error Link \`${o}/gone\` answered HTTP 404; fix or remove the link`,
    ]);
    expect(server.requests.filter((r) => r.includes('in-')).length).toBe(0);
  });

  it('stays offline unless asked', async () => {
    const before = server.requests.length;
    const { result } = await checkProject(dir, configSchema.parse({}), '2026-11-21');
    const broken = result.files
      .flatMap((f) => f.messages)
      .filter((m) => m.ruleId === 'external-broken');
    expect(broken).toEqual([]);
    expect(server.requests.length).toBe(before);
  });
});

describe('external-broken messages', () => {
  it('say what happened plainly, with the fix', () => {
    const url = 'https://example.com/x';
    expect(describeProblem(url, { kind: 'network', detail: 'ENOTFOUND' })).toBe(
      'Cannot reach `https://example.com/x` (network error: ENOTFOUND); check the host name, or your connection',
    );
    expect(describeProblem(url, { kind: 'timeout', ms: 10_000 })).toBe(
      'Link `https://example.com/x` did not answer within 10 s; check it by hand or raise `external.timeoutMs`',
    );
    expect(describeProblem(url, { kind: 'http', code: 429, tries: 3 })).toBe(
      'Link `https://example.com/x` answered HTTP 429 after 3 tries; the server may be down or limiting requests, so try again later or add it to `external.exclude`',
    );
    expect(describeProblem(url, { kind: 'redirects', limit: 5 })).toBe(
      'Link `https://example.com/x` redirects more than 5 times; link to the final address',
    );
  });
});

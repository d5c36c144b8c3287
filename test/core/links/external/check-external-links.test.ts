import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkExternalLinks,
  type CheckExternalOptions,
} from '../../../../src/core/links/external/check-external-links.ts';
import { EXTERNAL_DEFAULTS } from '../../../../src/core/links/external/external-options.ts';
import { closedPort, startTestServer, type TestServer } from './test-server.ts';

const PAGE = '<html><body><h2 id="intro">Intro</h2><a name="legacy"></a></body></html>';
let server: TestServer;
let dir: string;
const sleeps: number[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-external-'));
  server = await startTestServer({
    '/ok': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
    '/gone': (_, res) => res.writeHead(404).end(),
    '/busy': (_, res, count) => {
      if (count === 1) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(200).end();
    },
    '/down': (_, res) => res.writeHead(503, { 'retry-after': '3600' }).end(),
    '/flaky': (_, res, count) => res.writeHead(count < 3 ? 500 : 200).end(),
    '/hang': () => undefined,
    '/moved': (_, res) => res.writeHead(301, { location: '/ok' }).end(),
    '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/mailto': (_, res) => res.writeHead(302, { location: 'mailto:x@example.com' }).end(),
    '/page.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    '/no-head': (req, res) => {
      if (req.method === 'HEAD') res.writeHead(405).end();
      else res.writeHead(200).end('fine');
    },
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function options(extra: Partial<CheckExternalOptions> = {}): CheckExternalOptions {
  return {
    ...EXTERNAL_DEFAULTS,
    timeoutMs: 10_000,
    backoffMs: 1,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...extra,
  };
}

/** Check URLs and return `url → ok | problem` plus the requests they made, sorted. */
async function check(paths: string[], extra: Partial<CheckExternalOptions> = {}) {
  const before = server.requests.length;
  const urls = paths.map((p) => (p.startsWith('http') ? p : `${server.origin}${p}`));
  const results = await checkExternalLinks(urls, options(extra));
  const summary = Object.fromEntries(
    [...results].map(([url, result]) => [
      url.replace(server.origin, ''),
      result.ok ? 'ok' : result.problem,
    ]),
  );
  // Requests run concurrently, so their order is not fixed; compare them sorted.
  return { summary, requests: server.requests.slice(before).sort() };
}

describe('checkExternalLinks', () => {
  it('passes a 200 with one HEAD and reports a 404', async () => {
    expect(await check(['/ok', '/gone'])).toEqual({
      summary: { '/ok': 'ok', '/gone': { kind: 'http', code: 404, tries: 1 } },
      requests: ['HEAD /gone', 'HEAD /ok'],
    });
  });

  it('retries a 429 after its Retry-After and passes the second answer', async () => {
    sleeps.length = 0;
    expect(await check(['/busy'])).toEqual({
      summary: { '/busy': 'ok' },
      requests: ['HEAD /busy', 'HEAD /busy'],
    });
    expect(sleeps).toEqual([0]);
  });

  it('backs off exponentially on 5xx, and caps a long Retry-After', async () => {
    sleeps.length = 0;
    expect((await check(['/flaky'], { backoffMs: 100 })).summary).toEqual({ '/flaky': 'ok' });
    expect(sleeps).toEqual([100, 200]);
    sleeps.length = 0;
    expect(await check(['/down'], { maxRetryDelayMs: 50 })).toEqual({
      summary: { '/down': { kind: 'http', code: 503, tries: 3 } },
      requests: ['HEAD /down', 'HEAD /down', 'HEAD /down'],
    });
    expect(sleeps).toEqual([50, 50]);
  });

  it('gives up on a server that does not answer in time', async () => {
    expect((await check(['/hang'], { timeoutMs: 100 })).summary).toEqual({
      '/hang': { kind: 'timeout', ms: 100 },
    });
  });

  it('says plainly when nothing listens', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/x`;
    const results = await checkExternalLinks([url], options());
    expect(results.get(url)).toEqual({
      ok: false,
      problem: { kind: 'network', detail: 'ECONNREFUSED' },
    });
  });

  it('follows redirects up to the limit and only to http(s)', async () => {
    expect(await check(['/moved', '/loop', '/mailto'])).toEqual({
      summary: {
        '/moved': 'ok',
        '/loop': { kind: 'redirects', limit: 5 },
        '/mailto': { kind: 'scheme', location: 'mailto:x@example.com' },
      },
      // The first request and five redirects for `/loop`, then it stops.
      requests: [...Array<string>(6).fill('HEAD /loop'), 'HEAD /mailto', 'HEAD /moved', 'HEAD /ok'],
    });
  });

  it('reads an HTML page once with GET to check its fragments', async () => {
    expect(
      await check(['/page.html#intro', '/page.html#legacy', '/page.html#missing', '/page.html']),
    ).toEqual({
      summary: {
        '/page.html#intro': 'ok',
        '/page.html#legacy': 'ok',
        '/page.html#missing': { kind: 'fragment', fragment: 'missing' },
        '/page.html': 'ok',
      },
      requests: ['GET /page.html'],
    });
  });

  it('falls back to GET when HEAD is not allowed', async () => {
    expect(await check(['/no-head'])).toEqual({
      summary: { '/no-head': 'ok' },
      requests: ['GET /no-head', 'HEAD /no-head'],
    });
  });

  it('skips excluded URLs by glob and by regex', async () => {
    const extra = { exclude: [`${server.origin}/gone`, '/\\/mov/'] };
    expect(await check(['/gone', '/moved', '/ok'], extra)).toEqual({
      summary: { '/ok': 'ok' },
      requests: ['HEAD /ok'],
    });
  });

  it('caches working pages, never failures, and expires them after maxAge', async () => {
    const cacheFile = path.join(dir, 'cache', 'external.json');
    let now = 1_000_000;
    const extra = { cacheFile, now: () => now, maxAge: 60 };
    const first = await check(['/ok', '/gone', '/page.html#intro'], extra);
    expect(first.requests).toEqual(['GET /page.html', 'HEAD /gone', 'HEAD /ok']);
    // Sealed: a tag line with the HMAC, then the JSON.
    const sealed = readFileSync(cacheFile, 'utf8');
    const stored = JSON.parse(sealed.slice(sealed.indexOf('\n') + 1)) as { pages: object };
    expect(Object.keys(stored.pages)).toEqual([
      `${server.origin}/ok`,
      `${server.origin}/page.html`,
    ]);
    now += 59_000;
    const second = await check(['/ok', '/gone', '/page.html#intro', '/page.html#nope'], extra);
    expect(second.requests).toEqual(['HEAD /gone']);
    expect(second.summary['/page.html#nope']).toEqual({ kind: 'fragment', fragment: 'nope' });
    now += 2_000;
    expect((await check(['/ok'], extra)).requests).toEqual(['HEAD /ok']);
  });
});

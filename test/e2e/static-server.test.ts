import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './harness/static-server.ts';

let work: string;
let server: StaticServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-static-'));
  const root = path.join(work, 'site');
  const files: Record<string, string> = {
    'index.html': 'home',
    '404.html': 'missing',
    'docs/index.html': 'docs',
    'docs/a b/index.html': 'spaced',
    'pagefind/pagefind.js': 'js',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/index/en_1.pf_index': 'index',
    'style.css': 'css',
    'icon.svg': '<svg/>',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  await writeFile(path.join(work, 'secret.txt'), 'outside the root');
  server = await serveStatic(root);
});

afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

/** Status, content type, location and body of a GET, without following redirects. */
async function get(pathname: string): Promise<string> {
  const response = await fetch(`${server.origin}${pathname}`, { redirect: 'manual' });
  const type = response.headers.get('content-type') ?? '-';
  const location = response.headers.get('location');
  return `${response.status} ${type}${location ? ` -> ${location}` : ''}: ${await response.text()}`;
}

describe('the e2e static server', () => {
  it('serves index.html for directories and redirects a directory without its slash', async () => {
    expect(await get('/')).toBe('200 text/html; charset=utf-8: home');
    expect(await get('/docs/')).toBe('200 text/html; charset=utf-8: docs');
    expect(await get('/docs/a%20b/')).toBe('200 text/html; charset=utf-8: spaced');
    expect(await get('/docs?q=1')).toBe('301 - -> /docs/?q=1: ');
  });

  it('answers a miss with 404.html and status 404, and never serves outside the root', async () => {
    expect(await get('/nope/')).toBe('404 text/html; charset=utf-8: missing');
    expect(await get('/../secret.txt')).toBe('404 text/html; charset=utf-8: missing');
    expect(await get('/%2e%2e/secret.txt')).toBe('404 text/html; charset=utf-8: missing');
    expect(await get('/%E0%A4%A')).toBe('400 text/plain; charset=utf-8: 400\n');
  });

  it('gives scripts, styles, SVG and Pagefind files their content types', async () => {
    expect(await get('/pagefind/pagefind.js')).toBe('200 text/javascript; charset=utf-8: js');
    expect(await get('/style.css')).toBe('200 text/css; charset=utf-8: css');
    expect(await get('/icon.svg')).toBe('200 image/svg+xml: <svg/>');
    expect(await get('/pagefind/index/en_1.pf_index')).toBe('200 application/octet-stream: index');
    expect(await get('/pagefind/wasm.en.pagefind')).toBe('200 application/octet-stream: wasm');
  });
});

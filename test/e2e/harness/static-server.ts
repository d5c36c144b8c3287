import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types by file extension; anything else is served as bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The content type of a file name; Pagefind's `.pf_*` files and unknown types are bytes. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A running static server. */
export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Absolute URL of a site path such as `/docs/`. */
  url: (pathname: string) => string;
  close: () => Promise<void>;
}

/**
 * Serve a built site from `root` on 127.0.0.1 and an ephemeral port, the way
 * static hosts do: `index.html` for a directory (a directory without its
 * trailing slash is redirected to it), `404.html` with status 404 for a
 * miss, and nothing outside `root`.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    answer(root, url).then(
      (reply) => {
        send(response, reply);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** What to answer to one request. */
type Answer =
  | { status: 200 | 404; file: string }
  | { status: 301; location: string }
  | { status: 400 | 404; file: null };

async function answer(root: string, url: URL): Promise<Answer> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, file: null };
  }
  const file = path.join(root, pathname);
  // path.join normalizes `..`, so a path that left the root is a miss, not a leak.
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(root);
  const stats = await stat(file).catch(() => undefined);
  if (stats?.isFile()) return { status: 200, file };
  if (!stats?.isDirectory()) return notFound(root);
  if (!pathname.endsWith('/')) return { status: 301, location: `${url.pathname}/${url.search}` };
  const index = path.join(file, 'index.html');
  return (await isFile(index)) ? { status: 200, file: index } : notFound(root);
}

async function notFound(root: string): Promise<Answer> {
  const page = path.join(root, '404.html');
  return (await isFile(page)) ? { status: 404, file: page } : { status: 404, file: null };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

function send(response: ServerResponse, reply: Answer): void {
  if (reply.status === 301) {
    response.writeHead(301, { location: reply.location });
    response.end();
  } else if (reply.file === null) {
    response.writeHead(reply.status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`${reply.status}\n`);
  } else {
    response.writeHead(reply.status, {
      'content-type': contentTypeOf(reply.file),
      'cache-control': 'no-store',
    });
    createReadStream(reply.file).pipe(response);
  }
}

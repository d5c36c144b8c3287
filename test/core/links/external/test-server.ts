import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server for external-link tests: 127.0.0.1, an ephemeral port, never the internet. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Requests seen, as `METHOD /path`, in order. */
  requests: string[];
  close: () => Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, count: number) => void;

/**
 * Start a server whose routes are `path → handler`; `count` is how many
 * requests that path has had, this one included. Unknown paths get 404.
 * `close` drops open connections too, so a hanging route cannot keep the
 * test process alive.
 */
export async function startTestServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: string[] = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(`${request.method ?? ''} ${path}`);
    const count = (counts.get(path) ?? 0) + 1;
    counts.set(path, count);
    const handler = routes[path];
    if (handler) handler(request, response, count);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return port;
}

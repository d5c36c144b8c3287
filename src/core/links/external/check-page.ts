import { collectHtmlAnchors } from './collect-html-anchors.ts';
import type { ExternalOptions, ExternalRuntime } from './external-options.ts';
import type { ExternalProblem, PageInfo, PageResult } from './external-result.ts';
import { parseRetryAfter } from './parse-retry-after.ts';

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'statusdocs-link-checker (+https://github.com/statusdocs/statusdocs)';

type Settings = Pick<ExternalOptions, 'timeoutMs' | 'retries'> & Required<ExternalRuntime>;

/** A final answer, with its body read when it was needed. */
type Answer = { status: number; headers: Headers; ok: true } & PageInfo;

/**
 * Check one page: `HEAD` first (a `GET` when its anchors are needed, or when
 * the server answers `HEAD` with 405 or 501), redirects followed by hand up
 * to the limit, and up to `retries` more tries after a `429` or `5xx`,
 * waiting what `Retry-After` asks (capped) or else an exponential backoff.
 * Timeouts and network errors are not retried: they are reported as they
 * are. Every loop is bounded by the retry and redirect limits.
 */
export async function checkPage(
  url: string,
  wantAnchors: boolean,
  settings: Settings,
): Promise<PageResult> {
  for (let attempt = 0; ; attempt++) {
    const answer = await fetchFollowing(url, wantAnchors, settings);
    if ('problem' in answer) return answer;
    const retryable = answer.status === 429 || answer.status >= 500;
    if (retryable && attempt < settings.retries) {
      const asked = parseRetryAfter(answer.headers.get('retry-after'), settings.now());
      const backoff = settings.backoffMs * 2 ** attempt;
      await settings.sleep(Math.min(asked ?? backoff, settings.maxRetryDelayMs));
      continue;
    }
    if (answer.status >= 400) {
      return { ok: false, problem: { kind: 'http', code: answer.status, tries: attempt + 1 } };
    }
    return { ok: true, html: answer.html, anchors: answer.anchors };
  }
}

async function fetchFollowing(
  url: string,
  wantAnchors: boolean,
  settings: Settings,
): Promise<Answer | { ok: false; problem: ExternalProblem }> {
  let current = url;
  let method = wantAnchors ? 'GET' : 'HEAD';
  for (let hop = 0; hop <= settings.maxRedirects; hop++) {
    try {
      let response = await request(current, method, settings);
      if (method === 'HEAD' && (response.status === 405 || response.status === 501)) {
        method = 'GET';
        response = await request(current, method, settings);
      }
      const location = response.headers.get('location');
      if (REDIRECT.has(response.status) && location !== null) {
        await response.body?.cancel();
        current = new URL(location, current).href;
        if (!/^https?:/i.test(current))
          return { ok: false, problem: { kind: 'scheme', location: current } };
        continue;
      }
      return await answerOf(response, method === 'GET' && wantAnchors, settings);
    } catch (error) {
      return { ok: false, problem: problemOf(error, settings.timeoutMs) };
    }
  }
  return { ok: false, problem: { kind: 'redirects', limit: settings.maxRedirects } };
}

function request(url: string, method: string, settings: Settings): Promise<Response> {
  return settings.fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(settings.timeoutMs),
    headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
  });
}

async function answerOf(response: Response, read: boolean, settings: Settings): Promise<Answer> {
  const { status, headers } = response;
  const type = headers.get('content-type');
  const html = type === null ? null : /\bhtml\b/i.test(type);
  if (!read || status >= 300 || html === false || !response.body) {
    await response.body?.cancel();
    return { status, headers, ok: true, html, anchors: null };
  }
  const text = await readCapped(response.body, settings.maxBodyBytes);
  return { status, headers, ok: true, html: true, anchors: collectHtmlAnchors(text) };
}

/** The body as text, stopping after `limit` bytes: anchors past that are not looked for. */
async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (read >= limit) {
      await reader.cancel();
      break;
    }
  }
  return text + decoder.decode();
}

function problemOf(error: unknown, timeoutMs: number): ExternalProblem {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout', ms: timeoutMs };
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const detail =
    typeof cause?.code === 'string'
      ? cause.code
      : typeof cause?.message === 'string'
        ? cause.message
        : ((error as Error | undefined)?.message ?? 'unknown error');
  return { kind: 'network', detail };
}

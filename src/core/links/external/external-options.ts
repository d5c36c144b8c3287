/** How `--external` checks http(s) links; `external` in the config, every field defaulted. */
export interface ExternalOptions {
  /** Most requests in flight at once. */
  concurrency: number;
  /** Most requests in flight to one host at once. */
  perHost: number;
  /** Time limit of one request, in milliseconds. */
  timeoutMs: number;
  /** Extra tries after a `429` or `5xx` answer. */
  retries: number;
  /** How long a successful result stays in the cache, in seconds. */
  maxAge: number;
  /** URLs never checked: globs (`https://internal.example.com/**`) or `/regex/flags`. */
  exclude: readonly string[];
}

/** Knobs of the checker that are not user settings: bounds, and seams for tests. */
export interface ExternalRuntime {
  /** The `fetch` to use; Node's global one by default. */
  fetch?: typeof fetch;
  /** The clock, for cache ages. */
  now?: () => number;
  /** Wait before a retry; `setTimeout` by default. */
  sleep?: (ms: number) => Promise<void>;
  /** First backoff delay, doubled on each retry. Default 1000 ms. */
  backoffMs?: number;
  /** Longest wait before a retry, whatever `Retry-After` asks. Default 30 s. */
  maxRetryDelayMs?: number;
  /** Most redirects followed. Default 5. */
  maxRedirects?: number;
  /** Most bytes of an HTML page read to find a fragment. Default 5 MB. */
  maxBodyBytes?: number;
}

/** The defaults of {@link ExternalOptions}, shared with the config schema. */
export const EXTERNAL_DEFAULTS: ExternalOptions = {
  concurrency: 8,
  perHost: 2,
  timeoutMs: 10_000,
  retries: 2,
  maxAge: 86_400,
  exclude: [],
};

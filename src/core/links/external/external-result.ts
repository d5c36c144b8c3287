/** Why an external link is broken. */
export type ExternalProblem =
  /** The final answer was an HTTP error (after retries, for `429` and `5xx`). */
  | { kind: 'http'; code: number; tries: number }
  /** No answer within the time limit. */
  | { kind: 'timeout'; ms: number }
  /** No connection: DNS, refused, reset, TLS; `detail` is the system's code or message. */
  | { kind: 'network'; detail: string }
  /** More redirects than the limit. */
  | { kind: 'redirects'; limit: number }
  /** A redirect to something that is not http(s). */
  | { kind: 'scheme'; location: string }
  /** The page loads but has no element with this `id` or `name`. */
  | { kind: 'fragment'; fragment: string };

/** The outcome of one URL as written in the docs (fragment included). */
export type ExternalResult = { ok: true } | { ok: false; problem: ExternalProblem };

/** What a successful page check learned, as cached. */
export interface PageInfo {
  /** Whether the page is HTML; unknown (`null`) after a `HEAD`. */
  html: boolean | null;
  /** Its `id`/`name` anchors when the page was read; `null` when it was not. */
  anchors: string[] | null;
}

/** The outcome of checking one page (a URL without its fragment). */
export type PageResult = ({ ok: true } & PageInfo) | { ok: false; problem: ExternalProblem };

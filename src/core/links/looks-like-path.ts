/** Extensions of Markdown docs: a reference to one of these names a doc. */
export const DOC_EXTENSION = /\.(?:md|markdown|mdx)$/i;

/** File extensions that make a backticked name without a `/` a path. */
const KNOWN_EXTENSION =
  /\.(?:md|markdown|mdx|png|jpe?g|gif|svg|webp|avif|ico|pdf|json|jsonl|ya?ml|toml|txt|csv|tsv|html?|xml|log|ipynb|drawio|mmd|puml)$/i;

// Shell and template syntax, globs, call parentheses, assignments, ranges and
// line numbers (`main.py:42`), Windows paths: none of these is a path to check.
const NOT_A_PATH = /[\s()=${}[\]<>|;&*?!'"`,:\\^~@%]|^[-.]+$|^-|\.\.\.|\/\/|^#/;

/**
 * Whether the text of an inline code span names a file: it contains a `/` or
 * ends with a known file extension, and has no spaces, shell or template
 * syntax (`[[ -f x ]]`, `[$x]($style)`, `json.load()`, `a=b`, `${HOME}`).
 * URLs are not paths here (`https://…` contains `:`); external URLs in code
 * spans are never checked. A `#fragment` after the path is allowed.
 */
export function looksLikePath(code: string): boolean {
  const hash = code.indexOf('#');
  const path = hash === -1 ? code : code.slice(0, hash);
  if (path === '' || NOT_A_PATH.test(path)) return false;
  if (hash !== -1 && !/^#[\w-]*$/u.test(code.slice(hash))) return false;
  if (!/[\p{L}\p{N}]/u.test(path)) return false;
  return path.includes('/') || KNOWN_EXTENSION.test(path);
}

/** Whether a path (without `#fragment` or `?query`) names a Markdown doc. */
export function isDocPath(path: string): boolean {
  return DOC_EXTENSION.test(path);
}

import picomatch from 'picomatch';

const REGEX = /^\/(.+)\/([dgimsuvy]*)$/;
const matchers = new Map<string, (url: string) => boolean>();

/**
 * Whether `external.exclude` skips a URL. Each pattern is a `/regex/flags`
 * (searched anywhere in the URL) or a glob over the whole URL, where `*`
 * stays within one path segment and `**` crosses them
 * (`https://*.internal.example/**`). Config validation has already
 * rejected invalid regexes.
 */
export function isExcludedUrl(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matcherOf(pattern)(url));
}

function matcherOf(pattern: string): (url: string) => boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    const regex = REGEX.exec(pattern);
    if (regex) {
      const compiled = new RegExp(regex[1] ?? '', (regex[2] ?? '').replace(/[gy]/g, ''));
      matcher = (url) => compiled.test(url);
    } else {
      matcher = picomatch(pattern, { dot: true });
    }
    matchers.set(pattern, matcher);
  }
  return matcher;
}

/** Whether an exclude pattern is usable: a glob, or a regex that compiles. For config validation. */
export function isValidUrlPattern(pattern: string): boolean {
  const regex = REGEX.exec(pattern);
  if (!regex) return pattern !== '';
  try {
    new RegExp(regex[1] ?? '', regex[2]);
    return true;
  } catch {
    return false;
  }
}

import picomatch from 'picomatch';

const REGEX = /^\/(.+)\/([dgimsuvy]*)$/;

/**
 * Whether `external.exclude` skips a URL, its patterns compiled once per
 * run. Each pattern is a `/regex/flags` (searched anywhere in the URL) or a
 * glob over the whole URL, where `*` stays within one path segment and `**`
 * crosses them (`https://*.internal.example/**`). Config validation has
 * already rejected invalid regexes.
 */
export function compileUrlExcludes(patterns: readonly string[]): (url: string) => boolean {
  const matchers = patterns.map(matcherOf);
  return (url) => matchers.some((matches) => matches(url));
}

function matcherOf(pattern: string): (url: string) => boolean {
  const regex = REGEX.exec(pattern);
  if (!regex) return picomatch(pattern, { dot: true });
  const compiled = new RegExp(regex[1] ?? '', (regex[2] ?? '').replace(/[gy]/g, ''));
  return (url) => compiled.test(url);
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

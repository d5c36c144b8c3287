/**
 * URL segments for version names, in the same order: characters outside
 * `A-Z a-z 0-9 . _ -` become `-` (a ref named `release/1.0` is served at
 * `/v/release-1.0/`), and a segment already taken gets `-2`, `-3`… so two
 * names never share a URL. Pure.
 */
export function versionSlugs(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let base = name.replace(/[^A-Za-z\d._-]+/g, '-');
    if (/^\.*$/.test(base)) base = 'version';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

// `id` and `name` attributes inside tags; attribute values quoted or bare.
const ATTRIBUTE = /<[a-z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MAX_ANCHORS = 10_000;

/**
 * The `id` and `name` values of an HTML page: where a `#fragment` can
 * land. Simple entities are decoded. Bounded: at most 10 000 anchors.
 * Pages that create their anchors with script are not run; see
 * {@link hasAnchor} for GitHub's `user-content-` ids.
 */
export function collectHtmlAnchors(html: string): string[] {
  const anchors = new Set<string>();
  for (const match of html.matchAll(ATTRIBUTE)) {
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    if (value !== '') anchors.add(decodeEntities(value));
    if (anchors.size >= MAX_ANCHORS) break;
  }
  return [...anchors].sort();
}

/**
 * Whether a fragment lands on a page with these anchors. An empty fragment,
 * `top`, and text fragments (`:~:text=`) always do; GitHub renders README
 * headings as `user-content-<slug>` ids and scrolls to `#<slug>`.
 */
export function hasAnchor(anchors: readonly string[], fragment: string): boolean {
  if (fragment === '' || /^top$/i.test(fragment) || fragment.startsWith(':~:')) return true;
  return anchors.includes(fragment) || anchors.includes(`user-content-${fragment}`);
}

function decodeEntities(value: string): string {
  return value.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    const key = name?.toLowerCase() ?? '';
    return Object.hasOwn(NAMED, key) ? (NAMED[key] ?? entity) : entity;
  });
}

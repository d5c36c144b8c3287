import { createHash } from 'node:crypto';
import type { Heading } from './add-heading-ids.ts';
import { renderBody } from './render-body.ts';
import type { LinkRewriter } from './rewrite-links.ts';

/**
 * A rendered body whose relative links are still placeholders: where a
 * link leads depends on the doc set it is shown in (latest, or a version),
 * the rest of the HTML only on the body's text.
 */
export interface RenderTemplate {
  html: string;
  headings: Heading[];
  titleId: string | null;
}

/** What a template depends on besides the body. */
export interface TemplateOptions {
  title: string | null;
  trustHtml: boolean;
}

/** A template as the cache keeps it, with the digest it is kept under. */
export interface CachedTemplate extends RenderTemplate {
  /** Digest of the body and the options: equal keys, equal templates. */
  key: string;
}

/** Renders bodies once per distinct content; counts for tests and logs. */
export interface RenderCache {
  /** The template of `body`, rendered on first use and reused after. */
  get: (body: string, options: TemplateOptions) => CachedTemplate;
  readonly stats: { rendered: number; reused: number };
}

const MARK = 'statusdocs-link:';
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const MARKED = /href="statusdocs-link:([A-Za-z\d%._-]*)"/g;

/** `encodeURIComponent` that also encodes `!'()*~`, so a mark survives any attribute quoting. */
function encodeMark(href: string): string {
  return encodeURIComponent(href).replace(
    /[!'()*~]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Relative links (the only ones a doc-link rewriter changes) become marks. */
function markRelative(href: string): string | undefined {
  if (href === '' || href.startsWith('#') || href.startsWith('/') || SCHEME.test(href)) {
    return undefined;
  }
  return MARK + encodeMark(href);
}

/** Render `body` with its relative links left as marks for {@link fillTemplate}. */
export function renderTemplate(body: string, options: TemplateOptions): RenderTemplate {
  return renderBody(body, {
    trustHtml: options.trustHtml,
    title: options.title,
    rewriteLink: markRelative,
  });
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * Resolve a template's marks with `rewrite` (a doc-link rewriter for one
 * doc set); a link it keeps is restored as written. A restored link is one
 * the template marked, so it is relative: never a script URL.
 */
export function fillTemplate(html: string, rewrite: LinkRewriter): string {
  return html.replace(MARKED, (whole, encoded: string) => {
    let href: string;
    try {
      href = decodeURIComponent(encoded);
    } catch {
      return whole;
    }
    if (markRelative(href) === undefined) return 'href=""';
    return `href="${escapeAttribute(rewrite(href) ?? href)}"`;
  });
}

/**
 * A cache of templates by a digest of the body and what rendering reads
 * (title, trust), so a blob shared by latest and many versions is rendered once.
 */
export function createRenderCache(): RenderCache {
  const templates = new Map<string, CachedTemplate>();
  const stats = { rendered: 0, reused: 0 };
  return {
    get(body, options) {
      // The options' JSON ends at its closing bracket, so no body can shift
      // where it stops; the body is hashed as is, not copied into JSON first.
      const key = createHash('sha256')
        .update(JSON.stringify([options.title, options.trustHtml]))
        .update(body)
        .digest('hex');
      const cached = templates.get(key);
      if (cached) {
        stats.reused++;
        return cached;
      }
      stats.rendered++;
      const template = { ...renderTemplate(body, options), key };
      templates.set(key, template);
      return template;
    },
    stats,
  };
}

import { toMarkdown } from 'mdast-util-to-markdown';
import { serializeEntry } from '../import/serialize-frontmatter.ts';
import { DOC_TEMPLATES, type TemplateKind } from './doc-templates.ts';

/** A new doc: its file name and its text. */
export interface NewDoc {
  fileName: string;
  text: string;
}

// Reports and handoffs are one per day or session, so their names start with the date.
const DATED: readonly TemplateKind[] = ['report', 'handoff'];

/**
 * A new doc of a kind from its template: the title written by the YAML
 * library (so any title reads back as itself) and as an H1 built as mdast
 * (so Markdown characters in it are escaped), `date` as today. The file
 * name is the title as a slug, after the date for reports and handoffs;
 * undefined when the title has no letters or digits to name a file by.
 */
export function renderDocTemplate(
  kind: TemplateKind,
  title: string,
  date: string,
): NewDoc | undefined {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (slug === '') return undefined;
  const template = DOC_TEMPLATES[kind];
  const heading = toMarkdown({
    type: 'heading',
    depth: 1,
    children: [{ type: 'text', value: title }],
  });
  const text = [
    '---\n',
    serializeEntry({ key: 'title', value: title }),
    template.frontmatter.replaceAll('{date}', date),
    '---\n\n',
    heading,
    '\n',
    template.body,
  ].join('');
  return { fileName: `${DATED.includes(kind) ? `${date}-` : ''}${slug}.md`, text };
}

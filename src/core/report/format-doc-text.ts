import { styleText } from 'node:util';
import type { FileResult } from '../check/check-result.ts';
import type { Doc, DocField, ValueSource } from '../model/doc.ts';
import { severityOf } from '../diagnostics/severity.ts';
import { escapeControl } from '../encoding/escape-control.ts';

/** Options of {@link formatDocText}. */
export interface DocTextOptions {
  color: boolean;
  /** The path as the user typed it. */
  displayPath: string;
}

/**
 * What statusdocs understood of one doc, as aligned `field  value  source`
 * rows, then the doc's findings. Used by `statusdocs show`.
 */
export function formatDocText(file: FileResult, options: DocTextOptions): string {
  const { doc } = file;
  const paint = (format: Parameters<typeof styleText>[0], text: string): string =>
    options.color ? styleText(format, text) : text;
  const rows: [string, string, ValueSource | undefined][] = [
    ['id', doc.id, doc.sources.id],
    ['title', doc.title ?? '—', doc.sources.title],
    ['kind', doc.kind, doc.sources.kind],
    ['status', statusLabel(doc), doc.sources.status],
    ['date', doc.date ?? '—', doc.sources.date],
    ['updated', doc.updated ?? '—', doc.sources.updated],
    ['owner', doc.owner ?? '—', doc.sources.owner],
    ['tags', doc.tags.length > 0 ? doc.tags.join(', ') : '—', doc.sources.tags],
    ...metricRows(doc),
    ...doc.relations.map((relation): [string, string, ValueSource] => [
      relation.type,
      relation.target,
      relation.source,
    ]),
    // What lost to a more authoritative value, so a reader can see both.
    ...(doc.ignored ?? []).map((item): [string, string, ValueSource] => [
      'ignored',
      `${item.field} ${item.value}`,
      item.source,
    ]),
  ];
  for (const row of rows) row[1] = escapeControl(row[1]);
  const width = Math.max(...rows.map(([field]) => field.length));
  const valueWidth = Math.min(60, Math.max(...rows.map(([, value]) => value.length)));
  const lines = [paint('underline', escapeControl(options.displayPath))];
  for (const [field, value, source] of rows) {
    lines.push(
      `  ${field.padEnd(width)}  ${value.padEnd(valueWidth)}  ${paint('dim', describeSource(source))}`.trimEnd(),
    );
  }
  if (file.messages.length > 0) {
    lines.push('', '  findings:');
    for (const message of file.messages) {
      lines.push(
        `  ${message.line ?? 0}:${message.column ?? 0}  ${severityOf(message)}  ${escapeControl(message.reason)}  ${paint('dim', message.ruleId ?? '')}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function statusLabel(doc: Doc): string {
  if (!doc.status) return doc.statusText ? `? (${doc.statusText})` : '—';
  const from = doc.sources.status?.from;
  if (doc.statusText && (from === 'folder' || from === 'filename')) {
    return `${doc.status} (last written status: ${doc.statusText})`;
  }
  return doc.statusText && doc.statusText !== doc.status
    ? `${doc.status} (${doc.statusText})`
    : doc.status;
}

function metricRows(doc: Doc): [string, string, ValueSource | undefined][] {
  const { metrics, sources } = doc;
  const rows: [string, string, ValueSource | undefined][] = [];
  const add = (field: DocField, label: string, value: string): void => {
    rows.push([label, value, sources[field]]);
  };
  if (metrics.completion !== undefined)
    add('metrics.completion', 'completion', `${metrics.completion}%`);
  if (metrics.tests) {
    const parts = Object.entries(metrics.tests).map(([key, value]) => `${key} ${value}`);
    add('metrics.tests', 'tests', parts.join(', '));
  }
  if (metrics.coverage) {
    const target =
      metrics.coverage.target === undefined ? '' : ` (target ${metrics.coverage.target}%)`;
    add('metrics.coverage', 'coverage', `${metrics.coverage.value}%${target}`);
  }
  if (metrics.tasks) add('metrics.tasks', 'tasks', `${metrics.tasks.done}/${metrics.tasks.total}`);
  for (const [name, metric] of Object.entries(metrics.custom ?? {})) {
    rows.push([name, `${metric.value}${metric.unit ?? ''}`, { from: 'frontmatter' }]);
  }
  return rows;
}

function describeSource(source: ValueSource | undefined): string {
  if (!source) return '';
  const place = source.line ? ` ${source.line}:${source.column ?? 1}` : '';
  return `from ${source.from}${place}`;
}

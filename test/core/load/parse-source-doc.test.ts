import { describe, expect, it } from 'vitest';
import { parseSourceDoc } from '../../../src/core/load/parse-source-doc.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const messages = (doc: ReturnType<typeof parseSourceDoc>) =>
  doc.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);

describe('parseSourceDoc', () => {
  it('reports a YAML error in a nested metric at its line and column', () => {
    const text =
      '---\ntitle: Status\nmetrics:\n  tests:\n    passed: [31\n    total: 62\n---\n# Status\n';
    const doc = parseSourceDoc('status.md', encode(text), '/root');
    expect(messages(doc)).toHaveLength(1);
    expect(doc.file.messages[0]?.ruleId).toBe('yaml-syntax');
    expect(doc.file.messages[0]?.line).toBe(6);
    expect(doc.file.messages[0]?.url).toContain('#yaml-syntax');
  });

  it('parses the body with positions in the whole file', () => {
    const doc = parseSourceDoc('a.md', encode('---\ntitle: A\n---\n\n# Heading\n'), '/root');
    expect(doc.tree.children[0]?.position?.start.line).toBe(5);
    expect(doc.frontmatter?.data).toEqual({ title: 'A' });
  });

  it('reads a file that is not UTF-8 as Windows-1252 with a diagnostic where the first bad byte is', () => {
    const bytes = new Uint8Array([...encode('# Title\n\nA '), 0x93, 0x71, 0x94, 0x0a]);
    const doc = parseSourceDoc('legacy.md', bytes, '/root');
    expect(doc.text).toBe('# Title\n\nA “q”\n');
    expect(messages(doc)).toEqual([
      '3:3 not-utf8 File is not valid UTF-8; it was read as Windows-1252. Re-save it as UTF-8',
    ]);
  });

  it('skips a file over the size limit with a diagnostic', () => {
    const doc = parseSourceDoc('big.md', new Uint8Array(11), '/root', {
      maxFileSize: 10,
      maxAliasCount: 100,
    });
    expect(doc.tree.children).toEqual([]);
    expect(doc.file.messages[0]?.ruleId).toBe('file-too-large');
  });

  it('strips a BOM and keeps CRLF', () => {
    const doc = parseSourceDoc(
      'bom.md',
      new Uint8Array([0xef, 0xbb, 0xbf, ...encode('# T\r\n')]),
      '/root',
    );
    expect(doc.bom).toBe(true);
    expect(doc.text).toBe('# T\r\n');
    expect(doc.tree.children[0]?.type).toBe('heading');
  });
});

describe('yaml-syntax findings', () => {
  const messages = (text: string) =>
    parseSourceDoc('doc.md', new TextEncoder().encode(text), '/').file.messages.map(
      (m) => `${m.line}:${m.column} ${m.reason}`,
    );

  it('reports one finding per block, counting the other problems', () => {
    expect(messages('---\ntitle: a: b\nstatus: x: y\n---\n# T\n')).toEqual([
      '2:8 Invalid YAML in frontmatter: Nested mappings are not allowed in compact mappings (and 1 more in this block)',
    ]);
  });

  it('names a `---` thematic break at the top as the cause, once', () => {
    const text =
      '---\n\nWhat we shipped: the importer, the CLI: both.\n\n## Notes\n\n- a: b: c\n\n---\n\nMore.\n';
    expect(messages(text)).toEqual([
      '1:1 The `---` on line 1 opens frontmatter up to line 9, but that text is not YAML; if the `---` is a thematic break, put the title before it',
    ]);
  });
});

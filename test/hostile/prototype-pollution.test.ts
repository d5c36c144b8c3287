import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDocs } from '../../src/core/check/check-docs.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { loadConfig } from '../../src/core/config/load-config.ts';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';
import { buildDoc } from '../../src/core/metrics/build-doc.ts';
import { formatJson } from '../../src/core/report/format-json.ts';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-proto-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function docOf(relative: string, text: string) {
  return buildDoc(parseSourceDoc(relative, new TextEncoder().encode(text), '/project'));
}

/** Nothing may have been added to the prototype every object shares. */
function expectCleanPrototype(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
    [
      '__defineGetter__',
      '__defineSetter__',
      '__lookupGetter__',
      '__lookupSetter__',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'isPrototypeOf',
      'propertyIsEnumerable',
      'toLocaleString',
      'toString',
      'valueOf',
    ].sort(),
  );
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

afterEach(expectCleanPrototype);

describe('__proto__, constructor and prototype in user input', () => {
  it('are unknown keys in a config file, not a way into Object.prototype', async () => {
    const dir = project({
      'statusdocs.config.json': '{"__proto__": {"polluted": true}, "content": "docs"}',
    });
    await expect(loadConfig(dir)).rejects.toThrow(
      'Invalid config in `statusdocs.config.json` at `__proto__`: Unrecognized key: "__proto__"',
    );
  });

  it('are ignored as status words and kind globs, leaving plain objects', async () => {
    const dir = project({
      'statusdocs.config.json':
        '{"statuses": {"__proto__": "done", "constructor": "active"}, "kinds": {"__proto__": "plan"}}',
    });
    const { config } = await loadConfig(dir);
    expect(config.statuses).toEqual({ constructor: 'active' });
    expect(Object.getPrototypeOf(config.statuses)).toBe(Object.prototype);
    expect(config.kinds).toEqual({});
  });

  it("are plain keys: a team's own at the top level, reported where they are inside a metric", () => {
    const text =
      '---\ntitle: T\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nmetrics:\n  __proto__: {value: 1}\n  tests:\n    constructor: 1\n---\n';
    const source = parseSourceDoc('doc.md', new TextEncoder().encode(text), '/project');
    const result = checkDocs([source], {
      root: '/project',
      config: configSchema.parse({}),
      today: '2026-11-21',
    });
    expect(result.files[0]?.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([
      '11:5 Unknown frontmatter key `metrics.tests.constructor`; remove it or check its spelling',
    ]);
    expect(JSON.parse(formatJson(result))).toMatchObject({ files: [{ doc: { title: 'T' } }] });
  });

  it('name no kind, status, month or relation when they are words of a doc', () => {
    const text =
      '# Constructor toString\n\n**Status**: constructor\n**Date**: constructor 12, 2024\n\n## Constructor\n\nSee `other.md`.\n';
    for (const relative of [
      'constructor/toString.md',
      '__proto__/valueOf.md',
      'hasOwnProperty.md',
    ]) {
      const doc = docOf(relative, text);
      expect({ kind: doc.kind, status: doc.status, date: doc.date }).toEqual({
        kind: 'report',
        status: null,
        date: null,
      });
      expect(doc.relations.every((relation) => typeof relation.type === 'string')).toBe(true);
    }
  });
});

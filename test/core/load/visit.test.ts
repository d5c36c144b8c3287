import { readdirSync, readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseSourceDoc } from '../../../src/core/load/parse-source-doc.ts';
import { indexNodes, nodesOf, visit } from '../../../src/core/load/visit.ts';

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);
const TYPES = ['heading', 'table', 'listItem', 'paragraph', 'code', 'inlineCode', 'link'] as const;

describe('nodesOf', () => {
  it.each(readdirSync(SEEDS).filter((name) => name.endsWith('.md')))(
    'finds the nodes visit finds, in the same order, in seeds/%s',
    (name) => {
      const { tree } = parseSourceDoc(name, readFileSync(new URL(name, SEEDS)), '/seeds');
      const index = indexNodes(tree);
      for (const type of TYPES) {
        const visited: Nodes[] = [];
        visit(tree, type, (node) => {
          visited.push(node);
        });
        expect(nodesOf(index, type)).toEqual(visited);
        expect(nodesOf(index, type).every((node, at) => node === visited[at])).toBe(true);
      }
    },
  );

  it('finds nodes inside the ones a visitor would skip, and none of a missing type', () => {
    const { tree } = parseSourceDoc('a.md', new TextEncoder().encode('> `a` and `b`\n'), '/');
    const index = indexNodes(tree);
    expect(nodesOf(index, 'inlineCode').map((node) => node.value)).toEqual(['a', 'b']);
    expect(nodesOf(index, 'table')).toEqual([]);
  });
});

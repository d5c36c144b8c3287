import { describe, expect, it } from 'vitest';
import type { DocGraph } from '../../../src/core/graph/doc-graph.ts';
import { findChains } from '../../../src/core/graph/find-chains.ts';
import { formatGraphDot } from '../../../src/core/graph/format-graph-dot.ts';
import { formatGraphJson } from '../../../src/core/graph/format-graph-json.ts';
import { formatGraphMermaid } from '../../../src/core/graph/format-graph-mermaid.ts';

const graph: DocGraph = {
  nodes: [
    {
      path: 'a-b.md',
      id: 'a-b.md',
      title: 'Say "hi" <b>#1</b> [x](y)',
      kind: 'plan',
      status: null,
    },
    { path: 'a_b.md', id: 'a_b.md', title: 'Back\\slash\nline', kind: 'report', status: 'done' },
  ],
  edges: [
    { from: 'a-b.md', to: 'a_b.md', type: 'links' },
    { from: 'a_b.md', to: 'a-b.md', type: 'superseded_by' },
  ],
  backlinks: { 'a-b.md': ['a_b.md'], 'a_b.md': ['a-b.md'] },
  orphans: [],
  chains: [],
};

describe('graph formatters', () => {
  it('write Mermaid with unique ids and escaped labels', () => {
    expect(formatGraphMermaid(graph)).toBe(
      [
        'flowchart LR',
        '  d_a_b_md["Say #34;hi#34; #60;b#62;#35;1#60;/b#62; #91;x#93;#40;y#41;<br/>plan"]',
        '  d_a_b_md_2["Back#92;slash line<br/>report · done"]',
        '  d_a_b_md -.-> d_a_b_md_2',
        '  d_a_b_md_2 -->|superseded by| d_a_b_md',
        '',
      ].join('\n'),
    );
  });

  it('write DOT with quoted, escaped strings', () => {
    expect(formatGraphDot(graph)).toBe(
      [
        'digraph statusdocs {',
        '  rankdir=LR;',
        '  node [shape=box, fontname="sans-serif"];',
        '  "a-b.md" [label="Say \\"hi\\" <b>#1</b> [x](y)\\nplan"];',
        '  "a_b.md" [label="Back\\\\slash line\\nreport · done"];',
        '  "a-b.md" -> "a_b.md" [style=dashed, color=gray50];',
        '  "a_b.md" -> "a-b.md" [label="superseded by", style=bold];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('write JSON with every part of the graph', () => {
    expect(JSON.parse(formatGraphJson(graph))).toEqual(graph);
  });
});

describe('findChains', () => {
  it('orders a chain from next and previous edges, first claim winning', () => {
    expect(
      findChains([
        { from: 'h1.md', to: 'h2.md', type: 'next' },
        { from: 'h3.md', to: 'h2.md', type: 'previous' },
        { from: 'h3.md', to: 'h9.md', type: 'previous' },
        { from: 'x.md', to: 'y.md', type: 'related' },
      ]),
    ).toEqual([['h1.md', 'h2.md', 'h3.md']]);
  });

  it('stops at a loop and starts it at its first doc', () => {
    expect(
      findChains([
        { from: 'b.md', to: 'a.md', type: 'next' },
        { from: 'a.md', to: 'b.md', type: 'next' },
      ]),
    ).toEqual([['a.md', 'b.md']]);
  });
});

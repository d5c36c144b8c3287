import type { Position } from 'unist';
import { looksLikePath } from '../links/looks-like-path.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { nodesOf, type NodeIndex } from '../load/visit.ts';

/** A claim a doc makes about a file in a code span. */
export type FileClaim =
  | (ClaimBase & { kind: 'size'; lines: number; approx: boolean })
  | (ClaimBase & { kind: 'range'; start: number; end: number })
  | (ClaimBase & { kind: 'created' });

interface ClaimBase {
  /** The path as written, without `:line` or `#L…`. */
  path: string;
  /** The claim as written (`(~180 lines)`, `lines 167-217 in`, `:167`, `Created`). */
  text: string;
  /** The code span naming the file. */
  position: Position;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
// `(~180 lines)`, `- 180 lines`, `: ~1,200 LOC` right after the path; `+180 lines` is a diff, not a size.
const SIZE_AFTER = new RegExp(
  String.raw`^\s*(?:\(|[-–—:,]\s*)\s*(~|≈|about |approx\.? |approximately )?${NUMBER}\s*(?:lines|LOC|loc|lines of code)\b`,
);
// `lines 167-217 in`, `line 42 of` right before the path.
const RANGE_BEFORE = new RegExp(
  String.raw`\blines?\s+${NUMBER}(?:\s*(?:-|–|to)\s*${NUMBER})?\s+(?:in|of|from)\s*$`,
  'i',
);
// `(lines 167-217)`, `, line 42` right after the path.
const RANGE_AFTER = new RegExp(
  String.raw`^\s*(?:\(|,|:)?\s*lines?\s+${NUMBER}(?:\s*(?:-|–|to)\s*${NUMBER})?\b`,
  'i',
);
// `main.py:167`, `main.py:167-217`, `main.py#L167-L217` inside the code span.
const RANGE_IN_CODE = /^(.+?)(?::(\d+)(?:-(\d+))?|#L(\d+)(?:-L(\d+))?)$/;
const CREATED_BEFORE = /\b(?:created|added|new file)\s*:?\s*$/i;
const NEW_AFTER = /^\s*\((?:new|new file|created)\)/i;
// A bare file name with any extension (`main.py`): only kept if the repository has it.
const FILE_NAME = /^[\w.-]+\.[A-Za-z]\w{0,9}$/;
const CUE = /\blines?\b|\bLOC\b|\(new|\bcreated\b|\badded\b|\bnew file\b|`[^`\n]+(?::\d|#L\d)/i;

/**
 * The file claims of one doc, from its code spans (code blocks are not in
 * the tree as spans, so nothing in them counts): a size right after the
 * path (`` `src/auth.py` (~180 lines) ``), a line range before, after or in
 * the span (`` lines 167-217 in `main.py` ``, `` `main.py:167` ``), and a
 * creation (`` Created `x` ``, `` Added `x` ``, `` `x` (new) ``). Emphasis
 * markers around the words are ignored. Read once per doc by `analyzeDoc`.
 */
export function collectFileClaims(source: SourceDoc, nodes: NodeIndex): FileClaim[] {
  if (!CUE.test(source.text)) return [];
  const claims: FileClaim[] = [];
  for (const node of nodesOf(nodes, 'inlineCode')) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!node.position || start === undefined || end === undefined) continue;
    const lineStart = source.text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.text.indexOf('\n', end);
    const before = plain(source.text.slice(lineStart, start));
    const after = plain(source.text.slice(end, lineEnd === -1 ? undefined : lineEnd));
    const inCode = RANGE_IN_CODE.exec(node.value);
    const path = inCode?.[1] ?? node.value;
    if (!(looksLikePath(path) || FILE_NAME.test(path)) || path.includes('#')) continue;
    const base = { path, position: node.position };
    const lineNumbers = inCode ? [inCode[2] ?? inCode[4], inCode[3] ?? inCode[5]] : undefined;
    if (lineNumbers?.[0] !== undefined) {
      const first = Number(lineNumbers[0]);
      const last = lineNumbers[1] ? Number(lineNumbers[1]) : first;
      claims.push({
        ...base,
        kind: 'range',
        start: first,
        end: last,
        text: node.value.slice(path.length),
      });
      continue;
    }
    const size = SIZE_AFTER.exec(after);
    if (size?.[2]) {
      const approx = size[1] !== undefined;
      claims.push({
        ...base,
        kind: 'size',
        lines: toNumber(size[2]),
        approx,
        text: size[0].trim(),
      });
    }
    const range = RANGE_BEFORE.exec(before) ?? RANGE_AFTER.exec(after);
    if (range?.[1]) {
      const first = toNumber(range[1]);
      claims.push({
        ...base,
        kind: 'range',
        start: first,
        end: range[2] ? toNumber(range[2]) : first,
        text: range[0].trim(),
      });
    }
    const created = CREATED_BEFORE.exec(before) ?? NEW_AFTER.exec(after);
    if (created) claims.push({ ...base, kind: 'created', text: created[0].trim() });
  }
  return claims;
}

/** Text around a span without emphasis markers and link brackets, so `**Created**:` reads as `Created:`. */
function plain(text: string): string {
  return text.replace(/[*_]{1,3}/g, '').replace(/[[\]]/g, '');
}

function toNumber(text: string): number {
  return Number(text.replaceAll(',', ''));
}

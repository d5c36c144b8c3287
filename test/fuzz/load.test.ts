import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/load/decode-text.ts';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';
import {
  docBytes,
  docPath,
  expectNoProcessWarnings,
  fuzzRuns,
  fuzzTimeout,
  misplaced,
} from './fuzz-input.ts';

describe('fuzz: the loader', () => {
  expectNoProcessWarnings();

  it(
    'turns any bytes into a doc, never a throw, with every message inside the file',
    () => {
      fc.assert(
        fc.property(docPath, docBytes, (path, bytes) => {
          const source = parseSourceDoc(path, bytes, '/project');
          const { text } = decodeText(bytes);
          for (const message of source.file.messages) {
            expect(misplaced(message, text)).toBeUndefined();
          }
          // The tree's positions are positions in the whole file.
          const end = source.tree.position?.end.offset;
          if (end !== undefined) expect(end).toBeLessThanOrEqual(text.length);
        }),
        fuzzRuns(1500),
      );
    },
    fuzzTimeout(30_000),
  );

  it(
    'keeps the text it decodes, byte for byte when the bytes are UTF-8',
    () => {
      fc.assert(
        fc.property(docBytes, (bytes) => {
          const decoded = decodeText(bytes);
          if (decoded.encoding !== 'utf-8') return;
          const body = decoded.bom ? bytes.subarray(3) : bytes;
          expect(new TextEncoder().encode(decoded.text)).toEqual(body);
        }),
        fuzzRuns(1500),
      );
    },
    fuzzTimeout(30_000),
  );
});

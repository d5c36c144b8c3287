import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/load/decode-text.ts';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decodeText', () => {
  it('decodes UTF-8 and keeps CRLF line endings', () => {
    expect(decodeText(new TextEncoder().encode('a ✅\r\nb'))).toEqual({
      text: 'a ✅\r\nb',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('drops a UTF-8 byte order mark and says it was there', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toEqual({
      text: 'hi',
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 and finds the first bad byte', () => {
    // “hi” in Windows-1252: 0x93 and 0x94 are not valid UTF-8 lead bytes.
    expect(decodeText(bytes(0x61, 0x0a, 0x93, 0x68, 0x69, 0x94))).toEqual({
      text: 'a\n“hi”',
      encoding: 'windows-1252',
      bom: false,
      invalidByteOffset: 2,
    });
  });

  it('treats a truncated multi-byte sequence as invalid', () => {
    expect(decodeText(bytes(0x61, 0xe2, 0x9c)).invalidByteOffset).toBe(1);
  });
});

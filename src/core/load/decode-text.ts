/** The text of a file and how it was decoded. */
export interface DecodedText {
  /** Decoded text, without a byte order mark. Line endings are kept as written. */
  text: string;
  /** `utf-8`, or `windows-1252` when the bytes are not valid UTF-8. */
  encoding: 'utf-8' | 'windows-1252';
  /** Whether the file started with a UTF-8 byte order mark. */
  bom: boolean;
  /** Byte offset of the first invalid UTF-8 sequence, when there is one. */
  invalidByteOffset?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Decode a file's bytes. Valid UTF-8 (with or without BOM) is the norm; other
 * bytes are read as Windows-1252, the most common legacy encoding of such docs,
 * so that nothing fails to load and the caller can report it.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    return {
      text: windows1252.decode(body),
      encoding: 'windows-1252',
      bom,
      invalidByteOffset: findInvalidUtf8(body) + (bom ? 3 : 0),
    };
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return 0;
}

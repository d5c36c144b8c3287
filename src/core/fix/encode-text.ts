const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const encoder = new TextEncoder();

/**
 * A doc's text as the bytes to write: UTF-8, with the byte order mark put
 * back when the file had one (the loader strips it from the text).
 */
export function encodeText(text: string, bom: boolean): Uint8Array {
  const body = encoder.encode(text);
  if (!bom) return body;
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}

/** The line ending a text uses: its first one, `\n` when it has none. */
export function newlineOf(text: string): '\n' | '\r\n' {
  const index = text.indexOf('\n');
  return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n';
}

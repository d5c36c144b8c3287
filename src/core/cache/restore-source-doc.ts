import { VFile } from 'vfile';
import { decodeText } from '../load/decode-text.ts';
import type { LoadedDoc } from '../load/source-doc.ts';
import { restoreMessage, type CachedMessage } from './cached-message.ts';

/**
 * The {@link LoadedDoc} of a file whose per-doc results came from the cache:
 * the text decoded (cheap, and set rules quote it), never parsed, as its
 * analysis is restored with it. `bodyOffset` is where the body starts,
 * recorded from the parse. The file carries the cached per-doc messages
 * (load problems included), so the loaders' own reports are not repeated.
 */
export function restoreSourceDoc(
  path: string,
  bytes: Uint8Array,
  cwd: string,
  messages: readonly CachedMessage[],
  bodyOffset: number,
): LoadedDoc {
  const { text, encoding, bom } = decodeText(bytes);
  const file = new VFile({ path, cwd, value: text });
  for (const message of messages) restoreMessage(file, message);
  return { path, file, text, encoding, bom, bodyOffset };
}

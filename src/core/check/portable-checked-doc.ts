import { VFile } from 'vfile';
import { restoreMessage, toCachedMessage, type CachedMessage } from '../cache/cached-message.ts';
import type { DocAnalysis } from '../analysis/doc-analysis.ts';
import type { LoadedDoc } from '../load/source-doc.ts';
import type { Doc } from '../model/doc.ts';
import type { CheckedDoc } from '../rules/rule.ts';

/**
 * A doc after its per-doc phase as plain data, so it can cross a thread
 * (`postMessage`): the text and how it was read, its messages in their
 * stored form, its metadata and analysis. The path and content root travel
 * beside it.
 */
export interface PortableCheckedDoc {
  text: string;
  encoding: LoadedDoc['encoding'];
  bom: boolean;
  bodyOffset: number;
  messages: CachedMessage[];
  doc: Doc;
  analysis: DocAnalysis;
}

/** The plain-data form of a checked doc. */
export function toPortable({ source, doc, analysis }: CheckedDoc): PortableCheckedDoc {
  const { text, encoding, bom, bodyOffset } = source;
  const messages = source.file.messages.map(toCachedMessage);
  return { text, encoding, bom, bodyOffset, messages, doc, analysis };
}

/** The checked doc again, its messages back on a file exactly as the rules reported them. */
export function fromPortable(path: string, cwd: string, portable: PortableCheckedDoc): CheckedDoc {
  const { text, encoding, bom, bodyOffset, doc, analysis } = portable;
  const file = new VFile({ path, cwd, value: text });
  for (const message of portable.messages) restoreMessage(file, message);
  return { source: { path, file, text, encoding, bom, bodyOffset }, doc, analysis };
}

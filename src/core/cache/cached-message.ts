import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { MojibakePlace } from '../encoding/mojibake-place.ts';
import type { TextEdit } from '../diagnostics/text-edit.ts';
import { messageWithoutStack, type Diagnostic } from '../diagnostics/report.ts';

/** A per-doc finding as stored in the cache: every field `report()` sets, as plain JSON. */
export interface CachedMessage {
  reason: string;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  url?: string;
  expected?: string[];
  actual?: string;
  note?: string;
  fix?: TextEdit[];
  places?: MojibakePlace[];
  ceiling?: 'info';
}

/** The stored form of a message. */
export function toCachedMessage(message: Diagnostic): CachedMessage {
  const cached: CachedMessage = { reason: message.reason };
  if (message.place) cached.place = message.place;
  if (message.ruleId) cached.ruleId = message.ruleId;
  if (message.source) cached.source = message.source;
  if (message.fatal !== undefined) cached.fatal = message.fatal;
  if (message.url) cached.url = message.url;
  if (message.expected) cached.expected = message.expected;
  if (message.actual !== undefined) cached.actual = message.actual;
  if (message.note) cached.note = message.note;
  if (message.fix) cached.fix = message.fix;
  if (message.places) cached.places = message.places;
  if (message.ceiling) cached.ceiling = message.ceiling;
  return cached;
}

/** Put a stored message back on its file, exactly as `report()` first made it. */
export function restoreMessage(file: VFile, cached: CachedMessage): Diagnostic {
  const message = messageWithoutStack(file, cached.reason, {
    place: cached.place,
    ...(cached.ruleId === undefined ? {} : { ruleId: cached.ruleId }),
    ...(cached.source === undefined ? {} : { source: cached.source }),
  });
  if (cached.fatal !== undefined) message.fatal = cached.fatal;
  if (cached.url) message.url = cached.url;
  if (cached.expected) message.expected = cached.expected;
  if (cached.actual !== undefined) message.actual = cached.actual;
  if (cached.note) message.note = cached.note;
  if (cached.fix) message.fix = cached.fix;
  if (cached.places) message.places = cached.places;
  if (cached.ceiling) message.ceiling = cached.ceiling;
  return message;
}

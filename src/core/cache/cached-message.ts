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
  copyDetails(message, cached);
  return cached;
}

/** Put a stored message back on its file, exactly as `report()` first made it. */
export function restoreMessage(file: VFile, cached: CachedMessage): Diagnostic {
  const message = messageWithoutStack(file, cached.reason, {
    place: cached.place,
    ...(cached.ruleId === undefined ? {} : { ruleId: cached.ruleId }),
    ...(cached.source === undefined ? {} : { source: cached.source }),
  });
  copyDetails(cached, message);
  return message;
}

/** What `report()` may add to a message beyond its reason, place, rule and source. */
type MessageDetails = Pick<
  CachedMessage,
  'fatal' | 'url' | 'expected' | 'actual' | 'note' | 'fix' | 'places' | 'ceiling'
>;

/** Copy each detail set on `from` to `to`: storing and restoring keep the same ones. */
function copyDetails(from: MessageDetails, to: MessageDetails): void {
  if (from.fatal !== undefined) to.fatal = from.fatal;
  if (from.url) to.url = from.url;
  if (from.expected) to.expected = from.expected;
  if (from.actual !== undefined) to.actual = from.actual;
  if (from.note) to.note = from.note;
  if (from.fix) to.fix = from.fix;
  if (from.places) to.places = from.places;
  if (from.ceiling) to.ceiling = from.ceiling;
}

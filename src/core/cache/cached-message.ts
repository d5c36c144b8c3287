import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import {
  copyReportDetail,
  messageWithoutStack,
  type Diagnostic,
  type ReportDetail,
} from '../diagnostics/report.ts';

/**
 * A per-doc finding as stored in the cache, as plain JSON: every field
 * `report()` sets, the message's own and its {@link ReportDetail}.
 */
export interface CachedMessage extends ReportDetail {
  reason: string;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  url?: string;
}

/** The stored form of a message. */
export function toCachedMessage(message: Diagnostic): CachedMessage {
  const cached: CachedMessage = { reason: message.reason };
  if (message.place) cached.place = message.place;
  if (message.ruleId) cached.ruleId = message.ruleId;
  if (message.source) cached.source = message.source;
  if (message.fatal !== undefined) cached.fatal = message.fatal;
  if (message.url) cached.url = message.url;
  copyReportDetail(message, cached);
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
  copyReportDetail(cached, message);
  return message;
}

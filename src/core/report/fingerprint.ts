import { sha1 } from '../cache/hash.ts';
import type { MessageFields } from './describe-message.ts';

/**
 * A fingerprint of a finding that survives edits elsewhere in the doc: the
 * rule and the message, with no position, and with references to other
 * lines (`(line 421)`) left out, so text added above a finding changes
 * nothing. A file's `mojibake` is one diagnosis, so its fingerprint is the
 * rule alone: repairing some places is not a new finding. The first 16 hex
 * digits of a SHA-1, like SARIF `partialFingerprints`.
 */
export function fingerprintOf(message: Pick<MessageFields, 'ruleId' | 'message'>): string {
  const ruleId = message.ruleId ?? '';
  const reason =
    ruleId === 'mojibake' ? '' : message.message.replace(/\blines? \d+(?:[–-]\d+)?/g, 'line');
  return sha1(`${ruleId}\u0000${reason}`).slice(0, 16);
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** First line of a sealed cache file: a tag and the HMAC of the rest. */
const TAG = 'statusdocs-sealed';

/**
 * Prefix `text` with its HMAC-SHA256 under the user's secret. A cache file
 * written this way is believed only by the same user's statusdocs: entries
 * someone else crafted (hiding a YAML error with `messages: []`, or HTML
 * that skips the sanitizer) fail {@link unsealText} and are rebuilt.
 */
export function sealText(text: string, secret: Uint8Array): string {
  return `${TAG} ${mac(text, secret)}\n${text}`;
}

/** The text of a sealed file, or `undefined` if it was not sealed with `secret` or was changed since. */
export function unsealText(sealed: string, secret: Uint8Array): string | undefined {
  const newline = sealed.indexOf('\n');
  if (newline < 0) return undefined;
  const [tag, stored] = sealed.slice(0, newline).split(' ');
  if (tag !== TAG || stored === undefined) return undefined;
  const text = sealed.slice(newline + 1);
  const expected = Buffer.from(mac(text, secret), 'hex');
  const actual = Buffer.from(stored, 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  return text;
}

function mac(text: string, secret: Uint8Array): string {
  return createHmac('sha256', secret).update(text).digest('hex');
}

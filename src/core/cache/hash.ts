import { createHash } from 'node:crypto';

/** SHA-1 of bytes or a string, as hex: identity of a file's content, not security. */
export function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/**
 * JSON with object keys sorted at every level, so that two equal configs hash
 * the same whatever order their keys were written in.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  );
}

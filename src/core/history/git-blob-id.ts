import { createHash } from 'node:crypto';

/**
 * The id git gives a blob with these bytes (`git hash-object`), so a
 * working-tree file identical to a committed one reuses its snapshot.
 */
export function gitBlobId(bytes: Uint8Array, format: 'sha1' | 'sha256' = 'sha1'): string {
  return createHash(format).update(`blob ${bytes.length}\u0000`).update(bytes).digest('hex');
}

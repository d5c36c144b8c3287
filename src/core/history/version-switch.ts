import type { History } from './history.ts';

/** Where one doc is in one version, for a version switcher. */
export interface VersionTarget {
  version: string;
  /** The doc's path in that version; null when it did not exist then. */
  path: string | null;
}

/**
 * Where the doc `key` is in every version, oldest first, so a switcher keeps
 * the reader on the same doc even when it was renamed between versions. Pure.
 */
export function versionTargets(history: History, key: string): VersionTarget[] {
  return history.versions.map((version) => ({
    version: version.name,
    path: version.docs.find((doc) => doc.key === key)?.path ?? null,
  }));
}

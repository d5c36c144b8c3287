import picomatch from 'picomatch';
import type { Doc } from './doc.ts';
import type { DocKind } from './vocabulary.ts';

/** The config's `kinds` globs, compiled: a doc whose path matches one gets its kind. */
export type KindOverrides = readonly { matches: (path: string) => boolean; kind: DocKind }[];

/** Compile the config's `kinds` (glob → kind) once per run; later globs win. */
export function compileKindOverrides(kinds: Readonly<Record<string, DocKind>>): KindOverrides {
  return Object.entries(kinds).map(([glob, kind]) => ({
    matches: picomatch(glob, { dot: true }),
    kind,
  }));
}

/** Give `doc` the kind of every glob its path matches (the last wins): configured kinds beat inference. */
export function applyKindOverrides(doc: Doc, overrides: KindOverrides): void {
  for (const override of overrides) {
    if (override.matches(doc.path)) {
      doc.kind = override.kind;
      doc.sources.kind = { from: 'config' };
    }
  }
}

import type { SourceDoc } from './source-doc.ts';

/** A value derived from one loaded doc, computed once, or put back from the check cache. */
export interface DocMemo<T> {
  /** The doc's value, computed on first use. */
  of: (source: SourceDoc) => T;
  /** Give a doc restored from the cache the value computed when it was parsed. */
  remember: (source: SourceDoc, value: T) => void;
  /** The value if something already asked for it, without computing it. */
  peek: (source: SourceDoc) => { value: T } | undefined;
}

/**
 * Memoize `compute` per loaded doc. Set rules read such values from every
 * doc on every check; storing them in the check cache lets a warm check
 * answer them without parsing the doc's Markdown or YAML again.
 */
export function docMemo<T>(compute: (source: SourceDoc) => T): DocMemo<T> {
  const known = new WeakMap<SourceDoc, { value: T }>();
  return {
    of(source) {
      let entry = known.get(source);
      if (!entry) {
        entry = { value: compute(source) };
        known.set(source, entry);
      }
      return entry.value;
    },
    remember(source, value) {
      known.set(source, { value });
    },
    peek(source) {
      return known.get(source);
    },
  };
}

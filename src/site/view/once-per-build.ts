/**
 * Read a collection once per static build: pages of many routes ask for the
 * same entries, and each read rebuilds them from the content store. The dev
 * server reads afresh on every call, as the docs change under it.
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return read();
    value ??= read();
    return value;
  };
}

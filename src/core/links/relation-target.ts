// The letters before an id's number: `TASK-` of `TASK-HMIG-007`, `PLAN_` of `PLAN_12`.
const ID_PREFIX = /^(\p{L}+)[-_]/u;
// A path: a folder or a file extension (`plans/x`, `x.md`).
const PATH_LIKE = /\/|\.[\p{L}\p{N}]{1,10}$/u;

/** The lower-cased prefixes of the docs' explicit ids (those that are not their path). */
export function prefixesOf(byId: ReadonlyMap<string, string>): Set<string> {
  const prefixes = new Set<string>();
  for (const [id, path] of byId) {
    const prefix = id === path ? undefined : ID_PREFIX.exec(id)?.[1];
    if (prefix) prefixes.add(prefix.toLowerCase());
  }
  return prefixes;
}

/**
 * Whether a relation target names a doc, so a missing one is a broken
 * relation: a path, or an id shaped like the docs' own ids (`TASK-042`
 * where docs have `TASK-…` ids). A number or a key of another system
 * (`plan: "02"`, a plan number; `feature: FEAT-9DDE` where no doc has a
 * `FEAT-` id) names no doc of this repository.
 */
export function namesADoc(target: string, idPrefixes: ReadonlySet<string>): boolean {
  if (PATH_LIKE.test(target)) return true;
  const prefix = ID_PREFIX.exec(target)?.[1];
  return prefix !== undefined && idPrefixes.has(prefix.toLowerCase());
}

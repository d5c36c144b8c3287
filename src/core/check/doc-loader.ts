import type { CheckCache } from '../cache/check-cache.ts';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { parseSourceDoc, type LoadLimits } from '../load/parse-source-doc.ts';
import type { DocLoader } from '../load/read-docs.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import type { CheckedDoc } from '../rules/rule.ts';
import { createDocChecker } from './check-docs.ts';
import { defaultWorkerCount, startDocPool, type DocPool } from './doc-pool.ts';
import { fromPortable } from './portable-checked-doc.ts';

/** How the per-doc phase spreads over threads. */
export interface Parallelism {
  /** Worker threads beside the main thread; 0 checks every doc on the main thread. */
  workers: number;
  /**
   * Docs the main thread parses alone before the workers start: a warm
   * check with a few changed docs never pays for starting them.
   */
  after: number;
  /**
   * Whether the main thread checks a doc itself when every worker is busy
   * (default); false waits for a worker (tests: every doc crosses a thread).
   */
  mainThread?: boolean;
}

/**
 * The default: a worker per spare core, started after 1,000 docs to parse.
 * A worker costs about 0.3 s of CPU to load the modules and warm up, and
 * each doc crosses twice: measured on generated corpora (quiet 2-core
 * machine, the packed package), starting them after 48 docs made a cold
 * check of 1,000 docs 5% slower in wall time and 37% dearer in CPU than no
 * threads; after 1,000 docs, 1,000 docs cost the same as without threads
 * and 5,000 docs take 0.82x the wall time.
 */
export function defaultParallelism(): Parallelism {
  return { workers: defaultWorkerCount(), after: 1000 };
}

/** What {@link createDocLoader} needs. */
export interface DocLoaderOptions {
  config: ResolvedConfig;
  today: string;
  cache?: CheckCache;
  parallel: Parallelism;
}

/**
 * What `readDocs` turns each file into for a check: the checked doc,
 * answered by the cache when the file is unchanged, else parsed and
 * checked at once, by a worker thread when one has room, so memory holds a
 * few trees at a time, never all of them. `close` stops the workers.
 */
export function createDocLoader(
  options: DocLoaderOptions,
): DocLoader<CheckedDoc> & { close: () => Promise<void>; pooled: () => number } {
  const { config, today, cache, parallel } = options;
  const checkDoc = createDocChecker({ config, today });
  const remember = (checked: CheckedDoc): CheckedDoc => {
    cache?.remember(checked);
    return checked;
  };
  const adopt = (source: SourceDoc): CheckedDoc => remember(checkDoc(source));
  let pool: DocPool | undefined;
  let misses = 0;
  let pooled = 0;

  const checkMiss = async (
    path: string,
    bytes: Uint8Array,
    cwd: string,
    limits: LoadLimits,
  ): Promise<CheckedDoc> => {
    misses++;
    if (!pool && parallel.workers > 0 && misses > parallel.after) {
      pool = startDocPool(parallel.workers, { config, today });
    }
    // Answers that came in free their workers' places for this doc.
    pool?.collect();
    let offered = pool?.offer({ path, bytes, cwd, limits });
    while (pool && !offered && parallel.mainThread === false && pool.alive()) {
      await pool.answered();
      offered = pool.offer({ path, bytes, cwd, limits });
    }
    const portable = offered && (await offered);
    if (portable) {
      pooled++;
      return remember(fromPortable(path, cwd, portable));
    }
    return adopt(parseSourceDoc(path, bytes, cwd, limits));
  };

  return {
    parse: (path, bytes, cwd, limits) =>
      cache?.restore(path, bytes, cwd, limits) ?? checkMiss(path, bytes, cwd, limits),
    adopt,
    close: async () => {
      await pool?.close();
    },
    /** How many docs the workers checked. */
    pooled: () => pooled,
  };
}

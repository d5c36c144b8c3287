import type { LoaderContext } from 'astro/loaders';

/** Shorter than Astro's debounce of store saves (500 ms). */
const HEARTBEAT_MS = 200;

/**
 * Wait for `work` while keeping Astro from saving its content store in the
 * meantime. Astro saves the whole store (every doc's view and HTML) 500 ms
 * after its last change, and the sync changes it as it starts; a loader
 * waiting seconds for the check would let that save run, and the loaders'
 * own changes then cost a second save of the whole store at the end. Touching
 * a key of the collection's meta store postpones the pending save until the
 * work is done, so a build saves the store once.
 */
export async function holdStoreSave<T>(context: LoaderContext, work: Promise<T>): Promise<T> {
  const heartbeat = setInterval(() => {
    context.meta.set('statusdocs-loading', 'true');
  }, HEARTBEAT_MS);
  try {
    return await work;
  } finally {
    clearInterval(heartbeat);
  }
}

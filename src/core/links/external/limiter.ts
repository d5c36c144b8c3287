/** Runs tasks with at most `concurrency` at once overall and `perHost` per host. */
export type Limiter = <T>(host: string, task: () => Promise<T>) => Promise<T>;

interface Pending {
  host: string;
  start: () => void;
}

/**
 * A limiter for polite crawling: a queue in arrival order, where a task
 * starts as soon as both a global slot and a slot for its host are free, so
 * one slow host never holds back the others. Every task settles its slot
 * whether it resolves or rejects.
 */
export function createLimiter(concurrency: number, perHost: number): Limiter {
  const queue: Pending[] = [];
  const byHost = new Map<string, number>();
  let active = 0;
  const next = (): void => {
    for (let index = 0; index < queue.length && active < concurrency;) {
      const pending = queue[index];
      if (pending && (byHost.get(pending.host) ?? 0) < perHost) {
        queue.splice(index, 1);
        active++;
        byHost.set(pending.host, (byHost.get(pending.host) ?? 0) + 1);
        pending.start();
      } else index++;
    }
  };
  return (host, task) =>
    new Promise((resolve, reject) => {
      queue.push({
        host,
        start: () => {
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              byHost.set(host, (byHost.get(host) ?? 1) - 1);
              next();
            });
        },
      });
      next();
    });
}

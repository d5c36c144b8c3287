import os from 'node:os';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { ResolvedConfig } from '../config/config-schema.ts';
import type { LoadLimits } from '../load/parse-source-doc.ts';
import type { PortableCheckedDoc } from './portable-checked-doc.ts';

/** What each worker is started with. */
export interface DocWorkerData {
  config: ResolvedConfig;
  today: string;
}

/** What a worker receives: the check's settings, and the port it answers on. */
export interface DocWorkerInit extends DocWorkerData {
  answers: MessagePort;
}

/** One doc to check in a worker. */
export interface DocJob {
  id: number;
  path: string;
  bytes: Uint8Array;
  cwd: string;
  limits: LoadLimits;
}

/** A worker's answer; without `checked` when the worker could not check the doc. */
export interface DocJobResult {
  id: number;
  checked?: PortableCheckedDoc;
}

/** Worker threads that run the per-doc phase of a check beside the main thread. */
export interface DocPool {
  /**
   * Hand a doc to a worker that has room for it; undefined when every
   * worker is busy, and the caller checks the doc itself. The promise
   * resolves to undefined when the worker could not check the doc.
   */
  offer: (job: Omit<DocJob, 'id'>) => Promise<PortableCheckedDoc | undefined> | undefined;
  /**
   * Take the answers the workers have sent, without waiting for the event
   * loop: the main thread calls it between docs it checks itself, so a
   * worker is given its next doc as soon as it is done with one.
   */
  collect: () => void;
  /** Whether a worker is still there to take docs. */
  alive: () => boolean;
  /** Resolves when a worker next answers or stops: a place may be free. */
  answered: () => Promise<void>;
  /** Stop the workers; docs still out resolve to undefined. */
  close: () => Promise<void>;
}

/** Docs queued per worker, so it never waits for the main thread between docs. */
const QUEUE_DEPTH = 4;

/**
 * Worker threads for a check: `STATUSDOCS_WORKERS` when set (0 turns them
 * off), else one fewer than the cores Node may use (the main thread checks
 * docs too), at most 7.
 */
export function defaultWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number.parseInt(env.STATUSDOCS_WORKERS ?? '', 10);
  if (Number.isInteger(set) && set >= 0) return Math.min(set, 64);
  return Math.max(0, Math.min(os.availableParallelism() - 1, 7));
}

/**
 * Start `count` workers for the per-doc phase. Each loads the engine itself
 * (about a quarter of a second of CPU), so a pool pays only for a check
 * with many docs to parse.
 */
export function startDocPool(count: number, data: DocWorkerData): DocPool {
  const url = new URL(
    import.meta.url.endsWith('.ts') ? './doc-worker.ts' : './doc-worker.js',
    import.meta.url,
  );
  /** Who waits for each doc out in a worker. */
  const pending = new Map<number, (checked: PortableCheckedDoc | undefined) => void>();
  let waiting: (() => void)[] = [];
  const settle = (id: number, checked?: PortableCheckedDoc): void => {
    pending.get(id)?.(checked);
    pending.delete(id);
    for (const wake of waiting) wake();
    waiting = [];
  };
  let nextId = 0;
  const workers = Array.from({ length: count }, () => {
    const { port1: answers, port2 } = new MessageChannel();
    const init: DocWorkerInit = { ...data, answers: port2 };
    const worker = new Worker(url, { workerData: init, transferList: [port2] });
    const slot = { worker, answers, jobs: new Set<number>(), alive: true };
    answers.on('message', (result: DocJobResult) => {
      slot.jobs.delete(result.id);
      settle(result.id, result.checked);
    });
    // A worker that fails to start or dies takes no more docs; its docs go back to the caller.
    worker.on('error', () => (slot.alive = false));
    worker.on('exit', () => {
      slot.alive = false;
      for (const id of slot.jobs) settle(id);
      slot.jobs.clear();
      answers.close();
      for (const wake of waiting) wake();
      waiting = [];
    });
    return slot;
  });
  return {
    offer: (job) => {
      const slot = workers
        .filter((candidate) => candidate.alive && candidate.jobs.size < QUEUE_DEPTH)
        .sort((a, b) => a.jobs.size - b.jobs.size)[0];
      if (!slot) return undefined;
      const id = nextId++;
      slot.jobs.add(id);
      return new Promise((resolve) => {
        pending.set(id, resolve);
        slot.worker.postMessage({ ...job, id } satisfies DocJob);
      });
    },
    collect: () => {
      for (const slot of workers) {
        for (let got = receiveMessageOnPort(slot.answers); got;) {
          const result = got.message as DocJobResult;
          slot.jobs.delete(result.id);
          settle(result.id, result.checked);
          got = receiveMessageOnPort(slot.answers);
        }
      }
    },
    alive: () => workers.some((slot) => slot.alive),
    answered: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
      for (const id of [...pending.keys()]) settle(id);
    },
  };
}

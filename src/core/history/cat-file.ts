import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { GitSpawn } from './git-process.ts';

/** One object read through `git cat-file --batch`. */
export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

/** A long-lived `git cat-file --batch`: many objects, one process. */
export interface CatFile {
  /** The object named `name` (an oid or any revision, e.g. `v1^{commit}`); null when missing. */
  read: (name: string) => Promise<GitObject | null>;
  /** End the process; pending reads resolve to null. */
  close: () => Promise<void>;
  /** How many objects were asked for, for measurements. */
  readonly requests: number;
  /** Why the process was stopped on a reply that is not the protocol's, else null. */
  readonly failure: string | null;
}

/** `<oid> <type> <size>`: the only header that content follows. */
const OBJECT_HEADER = /^(?:[0-9a-f]{40}|[0-9a-f]{64}) [a-z]+ \d{1,15}$/;
/** `<name> missing` (names may hold spaces), `<name> ambiguous`: no content follows. */
const NO_OBJECT = / (?:missing|ambiguous)$/;

interface Pending {
  resolve: (object: GitObject | null) => void;
}

/**
 * Start `git cat-file --batch` in `cwd`. Requests are written as lines and
 * answered in order as `<oid> <type> <size>\n<content>\n` (or
 * `<name> missing\n`), so a FIFO of pending reads matches answers to
 * questions without any per-object process.
 */
export function openCatFile(gitSpawn: GitSpawn, cwd: string): CatFile {
  const queue: Pending[] = [];
  let buffer: Buffer = Buffer.alloc(0);
  let requests = 0;
  let child: ChildProcessWithoutNullStreams | null = null;
  let closed = false;
  let failure: string | null = null;
  const done = new Promise<void>((resolve) => {
    try {
      child = gitSpawn(['cat-file', '--batch'], cwd);
    } catch {
      closed = true;
      resolve();
      return;
    }
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      drain();
    });
    child.stderr.resume();
    // A dead process (no git, broken repo) answers every open question with null.
    const fail = () => {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve(null);
      resolve();
    };
    child.on('error', fail);
    child.on('close', fail);
    child.stdin.on('error', fail);
  });

  /** Answer as many queued reads as the buffer holds complete frames for. */
  function drain(): void {
    for (;;) {
      const newline = buffer.indexOf(10);
      if (newline < 0) return;
      const header = buffer.subarray(0, newline).toString('utf8');
      if (!OBJECT_HEADER.test(header)) {
        if (NO_OBJECT.test(header)) {
          buffer = buffer.subarray(newline + 1);
          queue.shift()?.resolve(null);
          continue;
        }
        // Anything else would leave the buffer unread forever: stop, and let
        // every open read fail as if git had died.
        stop(`git cat-file replied \`${header.slice(0, 80)}\``);
        return;
      }
      const [oid = '', type = '', sizeText = ''] = header.split(' ');
      const size = Number(sizeText);
      if (buffer.length < newline + 1 + size + 1) return;
      const content = Buffer.from(buffer.subarray(newline + 1, newline + 1 + size));
      buffer = buffer.subarray(newline + 1 + size + 1);
      queue.shift()?.resolve({ oid, type, content });
    }
  }

  function stop(reason: string): void {
    failure = reason;
    closed = true;
    buffer = Buffer.alloc(0);
    for (const pending of queue.splice(0)) pending.resolve(null);
    child?.kill();
  }

  return {
    read(name) {
      // Names with a newline would desynchronize the protocol; they are never objects.
      if (closed || !child || name.includes('\n')) return Promise.resolve(null);
      requests++;
      const answer = new Promise<GitObject | null>((resolve) => queue.push({ resolve }));
      child.stdin.write(`${name}\n`);
      return answer;
    },
    async close() {
      if (child && !closed) child.stdin.end();
      await done;
    },
    get requests() {
      return requests;
    },
    get failure() {
      return failure;
    },
  };
}

// A worker thread of the doc pool (`doc-pool.ts`): runs the per-doc phase of
// a check (parse, analyse, infer, per-doc rules) on the bytes it is sent,
// and answers with the checked doc as plain data on the port it was given.
import { parentPort, workerData } from 'node:worker_threads';
import { parseSourceDoc } from '../load/parse-source-doc.ts';
import { createDocChecker } from './check-docs.ts';
import type { DocJob, DocJobResult, DocWorkerInit } from './doc-pool.ts';
import { toPortable } from './portable-checked-doc.ts';

const { config, today, answers } = workerData as DocWorkerInit;
const checkDoc = createDocChecker({ config, today });

parentPort?.on('message', (job: DocJob) => {
  let result: DocJobResult;
  try {
    const checked = checkDoc(parseSourceDoc(job.path, job.bytes, job.cwd, job.limits));
    result = { id: job.id, checked: toPortable(checked) };
  } catch {
    // The main thread checks this doc itself, so a throw surfaces there as it would without threads.
    result = { id: job.id };
  }
  try {
    answers.postMessage(result);
  } catch {
    // Something in the result cannot be cloned: the main thread checks the doc.
    answers.postMessage({ id: job.id } satisfies DocJobResult);
  }
});

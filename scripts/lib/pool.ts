import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeBytes } from '../../src/analysis/pipeline';
import type { Analysis, Sidecar } from '../../src/schemas';

export interface Job {
  path: string;
  bytes: Uint8Array;
  sidecar?: Sidecar;
}

/**
 * Below this many articles, starting workers costs more than it saves: each worker loads the engine and
 * builds its name indexes (about 1.5 s; `npm run bench` measured 1,000 articles at 5.2 s on one thread
 * and 5.1 s on two).
 */
export const MIN_PARALLEL = 1000;

/**
 * Analyses jobs on every core with worker threads (the analysis is CPU-bound and articles are
 * independent); few jobs run in this thread. Results come back in job order.
 */
export async function analyzeAll(jobs: Job[], threads = availableParallelism(), minParallel = MIN_PARALLEL): Promise<Analysis[]> {
  if (jobs.length < minParallel || threads < 2) return jobs.map((j) => analyzeBytes(j.path, j.bytes, j.sidecar));
  const results = new Array<Analysis>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () =>
    new Worker(new URL('./analyze-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] }),
  );
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const send = () => {
            if (next >= jobs.length) return void w.terminate().then(() => resolve());
            const id = next++;
            w.postMessage({ id, ...jobs[id] });
          };
          w.on('message', (m: { id: number; analysis: Analysis }) => {
            results[m.id] = m.analysis;
            send();
          });
          w.on('error', reject);
          send();
        }),
    ),
  );
  return results;
}

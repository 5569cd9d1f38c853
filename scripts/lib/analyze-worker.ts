/** Worker thread: analyses the articles it is sent and posts the analyses back. */
import { parentPort } from 'node:worker_threads';
import { analyzeBytes } from '../../src/analysis/pipeline';
import type { Sidecar } from '../../src/schemas';

parentPort!.on('message', (job: { id: number; path: string; bytes: Uint8Array; sidecar?: Sidecar }) => {
  const analysis = analyzeBytes(job.path, job.bytes, job.sidecar);
  parentPort!.postMessage({ id: job.id, analysis });
});

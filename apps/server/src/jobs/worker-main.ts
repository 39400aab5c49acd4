import { parentPort } from 'node:worker_threads';
import { InvalidError } from '../errors.ts';
import type { JobReply, JobRequest } from './protocol.ts';
import { JOBS, type JobName } from './registry.ts';

// A job worker's loop: one job at a time, as the pool sends them.

const port = parentPort;
if (port === null) throw new Error('jobs/worker-main.ts runs only as a worker thread');

const isJob = (name: string): name is JobName => Object.hasOwn(JOBS, name);

port.on('message', (request: JobRequest) => {
  void (async (): Promise<JobReply> => {
    try {
      if (!isJob(request.name)) throw new Error(`no job "${request.name}"`);
      const run = JOBS[request.name] as (input: unknown) => unknown;
      return { id: request.id, ok: true, result: await run(request.input) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return err instanceof InvalidError
        ? { id: request.id, ok: false, error: { kind: 'invalid', message, path: err.path } }
        : { id: request.id, ok: false, error: { kind: 'error', message } };
    }
  })().then((reply) => port.postMessage(reply));
});

import { Worker } from 'node:worker_threads';
import { BusyError, InvalidError } from '../errors.ts';
import type { JobInput, JobName, JobOutput } from './registry.ts';
import type { JobReply, JobRequest } from './protocol.ts';

// Heavy work off the event loop: a few worker threads run named jobs (jobs/registry.ts) on
// structured-clone input, so a long computation never keeps the server from answering others.
// Admission is decided at once, never by waiting: a key (a municipality) with too many jobs
// running or waiting gets 429, a full pool 503, both with Retry-After (docs/operations.md).

export interface JobPoolOptions {
  /** Worker threads, started when the first job needs one and kept until close(). */
  workers: number;
  /** Jobs that may wait for a free worker. */
  queue: number;
  /** Jobs one key may have running or waiting. */
  perKey: number;
}

export interface RunOptions {
  /** Whose job it is: the limit of concurrent jobs counts per key. */
  key: string;
  /** A job still running this long after it started is stopped (its worker replaced). */
  timeoutMs: number;
}

interface Task {
  id: number;
  request: JobRequest;
  key: string;
  timeoutMs: number;
  /** When it started on a worker, for Retry-After. */
  deadline?: number;
  resolve(value: unknown): void;
  reject(reason: Error): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export class JobPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: JobPoolOptions) {}

  /** Runs job `name` on `input` in a worker; refuses at once with BusyError when full. */
  run<N extends JobName>(name: N, input: JobInput<N>, { key, timeoutMs }: RunOptions): Promise<JobOutput<N>> {
    if (this.closed) return Promise.reject(new BusyError('the server is shutting down', 'server', 5));
    const running = this.slots.filter((s) => s.task !== null);
    const ofKey = running.filter((s) => s.task!.key === key).length + this.waiting.filter((t) => t.key === key).length;
    if (ofKey >= this.options.perKey) {
      const message = `${ofKey} heavy jobs of your municipality are running or waiting; the most at a time is ${this.options.perKey}`;
      return Promise.reject(new BusyError(message, 'municipality', this.retryAfterS(key)));
    }
    const idle = this.slots.some((s) => s.task === null) || this.slots.length < this.options.workers;
    if (!idle && this.waiting.length >= this.options.queue) {
      return Promise.reject(new BusyError('the server is busy with other heavy jobs', 'server', this.retryAfterS()));
    }
    return new Promise<JobOutput<N>>((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.push({ id, request: { id, name, input }, key, timeoutMs, resolve: resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still waiting or running are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new BusyError('the server is shutting down', 'server', 5));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, new BusyError('the server is shutting down', 'server', 5))));
  }

  /** Seconds until the soonest deadline of a running job (of the key, when it has one running). */
  private retryAfterS(key?: string): number {
    const now = Date.now();
    const running = this.slots.flatMap((s) => (s.task?.deadline === undefined ? [] : [s.task]));
    const mine = running.filter((t) => t.key === key);
    const deadlines = (mine.length > 0 ? mine : running).map((t) => t.deadline!);
    return deadlines.length === 0 ? 1 : Math.max(1, Math.ceil((Math.min(...deadlines) - now) / 1000));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.slots.find((s) => s.task === null) ?? (this.slots.length < this.options.workers ? this.start() : undefined);
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.task = task;
      task.deadline = Date.now() + task.timeoutMs;
      slot.timer = setTimeout(() => {
        void this.replace(slot, new BusyError(`the job took longer than the ${Math.round(task.timeoutMs / 1000)} s the server allows`, 'server', 1));
      }, task.timeoutMs);
      slot.worker.postMessage(task.request);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), task: null };
    slot.worker.on('message', (reply: JobReply) => this.finish(slot, reply));
    slot.worker.on('error', (err) => void this.replace(slot, err));
    slot.worker.on('exit', (code) => {
      if (this.slots.includes(slot)) void this.replace(slot, new Error(`a job worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, reply: JobReply): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.task = null;
    if (reply.ok) task.resolve(reply.result);
    else task.reject(reply.error.kind === 'invalid' ? new InvalidError(reply.error.message, reply.error.path) : new Error(reply.error.message));
    this.dispatch();
  }

  /** Ends a worker that failed or overran, fails its job, and lets a fresh worker take the queue. */
  private async replace(slot: Slot, reason: Error): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    await this.stop(slot, reason);
    if (!this.closed) this.dispatch();
  }

  private async stop(slot: Slot, reason: Error): Promise<void> {
    clearTimeout(slot.timer);
    slot.task?.reject(reason);
    slot.task = null;
    await slot.worker.terminate();
  }
}

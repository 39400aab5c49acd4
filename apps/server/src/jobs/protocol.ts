// The messages between the pool and its workers: plain data, copied by structured clone.

export interface JobRequest {
  id: number;
  name: string;
  input: unknown;
}

/** An error crosses as data; `invalid` comes back as the InvalidError it was (a 400). */
export type JobReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { kind: 'invalid' | 'error'; message: string; path?: string | undefined } };

import type { ErrorReply } from './contract-types.ts';

/** A refusal from the API, with the code and field (`path`) the screen turns into Swedish. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }

  static from(status: number, body: unknown): ApiError {
    const b = body as Partial<ErrorReply> | null;
    if (b && typeof b.error === 'string') {
      return new ApiError(status, b.error, typeof b.message === 'string' ? b.message : '', b.path);
    }
    return new ApiError(status, status >= 500 ? 'internal' : 'unknown', `HTTP ${status}`);
  }

  /** The field a path points at: `/body/personalNumber` and `areas.0.minutes` → the first name. */
  get field(): string | undefined {
    if (!this.path) return undefined;
    const names = this.path
      .split(/[/.[\]]+/)
      .filter(
        (p) => p !== '' && p !== 'body' && p !== 'query' && p !== 'params' && !/^\d+$/.test(p),
      );
    return names[0];
  }
}

/** The network failed: no answer at all. */
export class NetworkError extends ApiError {
  constructor() {
    super(0, 'network', 'no answer from the server');
  }
}

// Errors services raise; the HTTP layer maps each kind to a status in one place (app.ts).

export class NotFoundError extends Error {}

export class ForbiddenError extends Error {}

/** The request conflicts with the current state (already approved, another writer won, …). */
export class ConflictError extends Error {}

/** A step that cannot be taken yet; `blockers` say what stands in the way. */
export class BlockedError extends Error {
  constructor(
    message: string,
    readonly blockers: readonly { kind: string; message: string; [key: string]: unknown }[],
  ) {
    super(message);
  }
}

/** Bad input the schema could not catch (a reference to nothing, an impossible combination). */
export class InvalidError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/**
 * Heavy work the server cannot take now: the municipality has as many jobs running as it may
 * (429), or every worker is busy and the queue is full (503). Try again after `retryAfterS`.
 */
export class BusyError extends Error {
  constructor(
    message: string,
    readonly who: 'municipality' | 'server',
    readonly retryAfterS: number,
  ) {
    super(message);
  }
}

/** Well-formed input that cannot be carried out as asked (a resolution that resolves nothing, a bad row). */
export class UnprocessableError extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** The `error` code of the reply, when a more telling one than `unprocessable` exists. */
    readonly code = 'unprocessable',
  ) {
    super(message);
  }
}

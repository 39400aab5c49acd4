import type { FastifyReply, FastifyRequest } from 'fastify';

// Refusals of this module's routes carry their own status and the path of the field they
// concern (`registrations[3].tag`), which the shared error kinds (errors.ts) cannot: 422 for a
// tag that does not resolve, 409 naming the registration whose id was taken by other content.

export type RefusalStatus = 400 | 403 | 404 | 409 | 422;

export class Refusal extends Error {
  constructor(
    readonly status: RefusalStatus,
    readonly error: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }

  body(): { error: string; message: string; path?: string } {
    return { error: this.error, message: this.message, ...(this.path !== undefined && { path: this.path }) };
  }
}

/**
 * The error handler of this module's plugins: a Refusal is answered with its status and body;
 * anything else is thrown on to the app's handler (app.ts), which Fastify calls next.
 */
export function answerRefusals(err: unknown, _req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof Refusal) return reply.status(err.status).send(err.body());
  throw err;
}

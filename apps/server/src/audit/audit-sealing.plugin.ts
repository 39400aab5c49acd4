import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/connect.ts';
import { sealerFor } from './sealer.ts';

/** Milliseconds between sweeps for entries no reply waited for (a crash, a command's transaction). */
const SWEEP_MS = 1000;

/**
 * A request's audit entries commit with its change and are chained before its reply leaves
 * (sealer.ts): the reply then means "done and in the log". Concurrent requests of one
 * municipality share seals. A timer picks up anything left, and closing seals the rest.
 */
function auditSealing(app: FastifyInstance, opts: { database: Database }, done: () => void): void {
  const sealer = sealerFor(opts.database.db);
  app.addHook('onSend', async (req, _reply, payload) => {
    if (req.actor) await sealer.seal(req.actor.municipalityId);
    return payload;
  });
  let stop: (() => void) | null = null;
  app.addHook('onReady', async () => {
    await sealer.sealAll();
    stop = sealer.startTimer(SWEEP_MS, (err) => app.log.error(err, 'sealing the audit log failed'));
  });
  app.addHook('onClose', async () => {
    stop?.();
    await sealer.sealAll();
  });
  done();
}

export default fp(auditSealing, {
  name: 'hemma-audit-sealing',
  fastify: '5.x',
  dependencies: ['hemma-auth'],
});

import type { FastifyInstance } from 'fastify';
import type { AuditConfig } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { takeCheckpoint, writeCheckpoint } from './checkpoint.ts';

/**
 * With a key and a directory configured, the server writes a signed checkpoint of every chain's
 * head when it is ready, every interval, and as it closes. A failed write is logged and retried
 * at the next interval; it never stops the server.
 */
export function scheduleCheckpoints(app: FastifyInstance, database: Database, audit: AuditConfig, now: () => Date): void {
  const { key, checkpointDir: dir } = audit;
  if (key === null || dir === null) return;
  const write = async (): Promise<void> => {
    try {
      const file = await writeCheckpoint(dir, await takeCheckpoint(database.db, key, now()));
      app.log.info({ file }, 'audit checkpoint written');
    } catch (err) {
      app.log.error({ err }, 'audit checkpoint failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await write();
    timer = setInterval(() => void write(), audit.checkpointIntervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await write();
  });
}

// Background work the server repeats (kept statements, derived shifts): a pass, then a pause,
// never two passes at once. A failed pass is reported and the next one comes as usual.

export interface Periodic {
  /** Stops scheduling and waits for a pass under way. */
  stop(): Promise<void>;
}

export function startPeriodic(
  pass: () => Promise<unknown>,
  options: { intervalMs: number; firstDelayMs?: number; onError?: ((err: unknown) => void) | undefined },
): Periodic {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().then(() => undefined, (err: unknown) => options.onError?.(err)).finally(() => schedule(options.intervalMs));
    }, delay);
    timer.unref();
  };
  schedule(options.firstDelayMs ?? options.intervalMs);
  return {
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}

import { useState } from 'react';
import { errorMessage } from '../../../lib/api/error-message.ts';

/** A form's busy state and error: `run` keeps the button disabled while it works and says what the server refused. */
export function useBusySubmit(t: Parameters<typeof errorMessage>[1]) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err, t).message);
    } finally {
      setBusy(false);
    }
  }
  return { error, setError, busy, run };
}

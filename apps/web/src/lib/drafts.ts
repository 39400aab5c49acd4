import { useCallback, useEffect, useState } from 'react';

// What a user has typed into a form is kept in sessionStorage as she types, so neither an expired
// session (sign-in, then back to the form) nor a reload loses it. A draft ends when the form is
// sent or the user signs out; it lives only in this browser tab.

const PREFIX = 'hemma.draft.';

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? initial : { ...initial, ...(JSON.parse(raw) as T) };
  } catch {
    return initial;
  }
}

/**
 * A form's values, restored from an earlier draft under `key` (name it by form and record:
 * `client-new`, `decision:<clientId>`). `clear` forgets the draft and goes back to `initial`.
 */
export function useDraft<T extends object>(
  key: string,
  initial: T,
): [T, (next: T | ((prev: T) => T)) => void, () => void] {
  const [start] = useState(initial);
  const [value, setValue] = useState<T>(() => read(key, initial));
  useEffect(() => {
    // Only what differs from the empty form is a draft.
    const json = JSON.stringify(value);
    if (json === JSON.stringify(start)) sessionStorage.removeItem(PREFIX + key);
    else sessionStorage.setItem(PREFIX + key, json);
  }, [key, value, start]);
  const clear = useCallback(() => {
    sessionStorage.removeItem(PREFIX + key);
    setValue(start);
  }, [key, start]);
  return [value, setValue, clear];
}

/** Whether a draft is waiting under `key` (to tell the user it was restored). */
export function hasDraft(key: string): boolean {
  return sessionStorage.getItem(PREFIX + key) !== null;
}

/** Signing out forgets every draft: the next person at this computer must not see them. */
export function clearAllDrafts(): void {
  for (const k of Object.keys(sessionStorage))
    if (k.startsWith(PREFIX)) sessionStorage.removeItem(k);
}

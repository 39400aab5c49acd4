// The short PIN that unlocks a staff phone during the working day (docs/staff-app.md). The phone
// checks it before sending, the server checks it again: one rule for both.

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 6;
/** Wrong PINs in a row after which the phone needs the full sign-in (password and code) again. */
export const MAX_PIN_TRIES = 5;

export type PinProblem = 'digits' | 'length' | 'repeated' | 'sequence';

/**
 * Why a PIN may not be chosen, or null when it may. Only digits, 4–6 of them, and not one a
 * stranger tries first: one digit repeated (0000) or a straight run up or down (1234, 9876).
 */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^[0-9]*$/.test(pin)) return 'digits';
  if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'length';
  const digits = [...pin].map(Number);
  if (digits.every((d) => d === digits[0])) return 'repeated';
  const steps = digits.slice(1).map((d, i) => d - digits[i]!);
  if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) return 'sequence';
  return null;
}

/** Tries left after `failed` wrong PINs in a row (never below zero). */
export function pinTriesLeft(failed: number): number {
  return Math.max(0, MAX_PIN_TRIES - failed);
}

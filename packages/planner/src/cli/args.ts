// Arguments of `hemma vrptw FILE --seconds N [--seed S] [--iterations K]`.

export interface VrptwArgs {
  file: string;
  seconds: number | undefined;
  seed: number;
  iterations: number | undefined;
}

export const VRPTW_USAGE = 'usage: hemma vrptw FILE --seconds N [--seed S] [--iterations K]';

export function parseVrptwArgs(args: readonly string[]): VrptwArgs | string {
  let file: string | undefined;
  const values = new Map<string, number>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const option = /^--(seconds|seed|iterations)(?:=(.*))?$/.exec(arg);
    if (option) {
      const name = option[1] as string;
      const raw = option[2] ?? args[++i];
      const value = Number(raw);
      if (raw === undefined || raw === '' || !Number.isFinite(value) || value < 0) {
        return `--${name} needs a non-negative number, got ${raw === undefined ? 'nothing' : `"${raw}"`}`;
      }
      if (name !== 'seconds' && !Number.isInteger(value))
        return `--${name} needs a whole number, got "${raw}"`;
      values.set(name, value);
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `unexpected argument "${arg}"`;
    }
  }
  if (file === undefined) return 'missing the instance FILE';
  const seconds = values.get('seconds');
  const iterations = values.get('iterations');
  if (seconds === undefined && iterations === undefined)
    return 'missing --seconds N (or --iterations K)';
  if (seconds === 0) return '--seconds must be more than 0';
  return { file, seconds, seed: values.get('seed') ?? 1, iterations };
}

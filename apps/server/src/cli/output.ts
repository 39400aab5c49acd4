import { writeFile } from 'node:fs/promises';
import { UsageError } from './args.ts';

export function requireMonth(value: string | undefined, command: string): string {
  if (value === undefined) throw new UsageError(`--month YYYY-MM is required (hemma ${command} --month 2016-12)`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UsageError(`--month: expected YYYY-MM, got "${value}"`);
  return value;
}

export function requireFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  const format = (value ?? fallback) as T;
  if (!allowed.includes(format)) throw new UsageError(`--format: expected one of ${allowed.join(', ')}, got "${value}"`);
  return format;
}

/** Text or a binary document to a file, or to standard output when that is not a terminal. */
export async function emit(content: string | Buffer, out: string | undefined): Promise<void> {
  if (out !== undefined) {
    await writeFile(out, content);
    console.error(`wrote ${out}`);
    return;
  }
  if (typeof content !== 'string' && process.stdout.isTTY) {
    throw new UsageError('this format is binary: give --out FILE, or redirect standard output to a file');
  }
  await new Promise<void>((resolve, reject) => process.stdout.write(content, (err) => (err ? reject(err) : resolve())));
}

import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** node:util parseArgs, with its errors turned into a usage message rather than a stack trace. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, positionals = 0) {
  try {
    const result = parseArgs({ args, options, allowPositionals: positionals > 0, strict: true });
    if (result.positionals.length > positionals) {
      throw new UsageError(`unexpected argument "${result.positionals[positionals]}"`);
    }
    return result;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

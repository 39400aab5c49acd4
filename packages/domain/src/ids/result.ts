// Validation of identity numbers never throws on bad input: the caller gets a message it can
// show next to the field (the importer prefixes it with the JSON path).

export type IdResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

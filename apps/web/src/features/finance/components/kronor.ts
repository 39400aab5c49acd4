/** Kronor as typed (`12 500`, `12500,50`) → öre; undefined when it is not an amount. */
export function parseKronor(text: string): number | undefined {
  const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d{1,9}(\.\d{1,2})?$/.test(clean)) return undefined;
  const [whole = '0', frac = ''] = clean.replace('-', '').split('.');
  const ore = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return clean.startsWith('-') ? -ore : ore;
}

/** Öre → kronor as a form shows them: `12500` or `12500,50`. */
export function kronorText(ore: number): string {
  return ore % 100 === 0 ? String(ore / 100) : (ore / 100).toFixed(2).replace('.', ',');
}

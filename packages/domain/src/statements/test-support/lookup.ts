// Test support: find one provider's statement and one client's line in a document.

import type { ProviderStatement, StatementLine, StatementsDocument } from '../types.ts';

export function statementOf(doc: StatementsDocument, provider = 'p1'): ProviderStatement {
  const s = doc.statements.find((x) => x.provider === provider);
  if (s === undefined) throw new Error(`no statement for ${provider}`);
  return s;
}

export function lineOf(doc: StatementsDocument, client = 'c1', provider = 'p1'): StatementLine {
  const line = statementOf(doc, provider).lines.find((l) => l.client === client);
  if (line === undefined) throw new Error(`no line for ${client} at ${provider}`);
  return line;
}

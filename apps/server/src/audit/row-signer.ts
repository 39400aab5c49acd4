import { createHmac } from 'node:crypto';
import {
  ColumnNode,
  InsertQueryNode,
  PrimitiveValueListNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { Database } from '../db/connect.ts';

// The server signs every audit row it writes: HMAC-SHA256 of the row's hash under the audit key
// of its configuration, which the database never sees. A row added around the server (a plain
// INSERT with the database's own rights) gets its chain link from the database but no valid
// signature, and verification with the key names it. As a Kysely plugin on the server's handle,
// the signature goes on every audit insert made through it, in any transaction, without a
// service knowing.

export function rowMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(`hemma-audit-row/1\n${hash}`, 'utf8').digest('hex');
}

class AuditRowSigner implements KyselyPlugin {
  constructor(private readonly key: Buffer) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!InsertQueryNode.is(node) || node.into?.table.identifier.name !== 'audit_log') return node;
    const columns = node.columns?.map((c) => c.column.name) ?? [];
    const at = columns.indexOf('hash');
    if (at < 0 || columns.includes('mac') || !node.values || !ValuesNode.is(node.values)) return node;
    const sign = (hash: unknown) => (typeof hash === 'string' ? rowMac(this.key, hash) : null);
    const rows = node.values.values.map((row) =>
      PrimitiveValueListNode.is(row)
        ? PrimitiveValueListNode.create([...row.values, sign(row.values[at])])
        : ValueListNode.create([...row.values, ValueNode.create(sign(valueOf(row.values[at])))]),
    );
    return InsertQueryNode.cloneWith(node, { columns: [...node.columns!, ColumnNode.create('mac')], values: ValuesNode.create(rows) });
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the plugin interface is async
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

function valueOf(node: unknown): unknown {
  return node !== undefined && ValueNode.is(node as ValueNode) ? (node as ValueNode).value : undefined;
}

/** The same database, its audit inserts signed with `key`; unchanged without one. */
export function signingAuditRows(database: Database, key: Buffer | null): Database {
  return key === null ? database : { ...database, db: database.db.withPlugin(new AuditRowSigner(key)) };
}

import type { ReportReply } from '@hemma/contract/api';
import type { ContinuityDocument } from '@hemma/domain/reports';
import type { Actor } from '../../auth/actor.ts';
import { clientIdsInScope } from '../../auth/scope.ts';
import { recordAuditMany } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { only } from '../clients/access.ts';
import { exportReport } from './export/report-export.ts';
import { idsOf } from './export/report-table.ts';
import { periodOf, type ReportName } from './report-kinds.ts';
import { continuityByDistrict, districtsFor } from './report-comparison.ts';
import { municipalityReport } from './report-memo.ts';
import { readClientDistricts, readReportNames } from './report-names.repository.ts';
import { narrowDocument, reportScopeOf } from './report-scope.ts';

export type ReportFormat = 'json' | 'csv' | 'xlsx';

/**
 * One report for a reader: computed once for the municipality, then narrowed to what she may
 * see. Every client row shown (or exported) is a read of that client's data, and logged.
 */
export async function readReport(
  database: Database,
  actor: Actor,
  name: ReportName,
  period: string,
  format: ReportFormat,
): Promise<ReportReply | string | Buffer> {
  only(actor, ['admin', 'finance', 'case_officer', 'provider_manager'], 'read follow-up reports');
  const scope = reportScopeOf(actor);
  const computed = await municipalityReport(database.db, actor.municipalityId, name, period);
  const full = computed.document;
  const visible = scope.level === 'municipality'
    ? null
    : new Set((await clientIdsInScope(database.db, actor).execute()).map((r) => r.client_id));
  const doc = narrowDocument(full, scope, visible);

  const shown = new Set<string>();
  for (const key of ['clients', 'excess'] as const) {
    const rows = (doc as unknown as Record<string, unknown>)[key];
    if (Array.isArray(rows)) for (const r of rows as { client: string }[]) shown.add(r.client);
  }
  await recordAuditMany(database.db, actor, [...shown].map((clientId) => ({
    action: format === 'json' ? ('read' as const) : ('export' as const), clientId, objectType: 'report', objectId: `${name}/${period}`,
  })));

  if (format !== 'json') return exportReport(database.db, actor.municipalityId, name, period, doc, format, scope);
  const month = periodOf(name) === 'month' ? period : period.slice(0, 7);
  const units = computed.units === null
    ? undefined
    : computed.units
      .filter((u) => scope.level !== 'provider' || u.provider === scope.provider)
      .map((u) => ({ unit: u.unit, provider: u.provider, ...u.figures }));
  const districts = name === 'continuity' || name === 'continuity-14'
    ? districtsFor(scope, continuityByDistrict((full as ContinuityDocument).clients, await readClientDistricts(database.db, actor.municipalityId, (full as ContinuityDocument).clients.map((c) => c.client))))
    : undefined;
  return {
    report: name,
    period,
    scope,
    document: doc as unknown as Record<string, unknown>,
    ...(units && { units }),
    ...(districts && { districts }),
    drillDown: `/api/v1/clients/{client}/visits?month=${month}`,
    names: await readReportNames(database.db, actor.municipalityId, { ...idsOf(doc, units), ...(districts && { districts: districts.map((d) => d.district) }) }),
  };
}

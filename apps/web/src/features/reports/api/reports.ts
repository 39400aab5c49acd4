import { queryOptions } from '@tanstack/react-query';
import type { reportReply, reportTrendReply, visitsReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';
import type { ReportName } from '../report-columns.ts';

// A report of a month (or the 14-day indicator from a day), narrowed by the server to what the
// reader may see; its main figure over the 12 months up to it; and the visits behind a
// client's figures.

export type Report = Reply<typeof reportReply>;
export type Trend = Reply<typeof reportTrendReply>;
export type Visits = Reply<typeof visitsReply>;
const enc = encodeURIComponent;

const path = (name: ReportName, period: string) => `/reports/${enc(name)}/${enc(period)}`;

export const reportQuery = (name: ReportName, period: string) =>
  queryOptions({
    queryKey: ['reports', name, period],
    queryFn: () => api.get<Report>(path(name, period)),
  });

/** Twelve months of facts take longer than one: a query of its own, so the month shows at once. */
export const trendQuery = (name: ReportName, period: string) =>
  queryOptions({
    queryKey: ['reports', name, period, 'trend'],
    queryFn: () => api.get<Trend>(`/reports/trend/${enc(name)}/${enc(period)}`),
    staleTime: 5 * 60_000,
  });

/** Where the browser downloads the report as a file (the session cookie goes along). */
export const exportUrl = (name: ReportName, period: string, format: 'csv' | 'xlsx') =>
  `/api/v1${path(name, period)}?format=${format}`;

export const clientVisitsQuery = (clientId: string, month: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'visits', month],
    queryFn: () => api.get<Visits>(`/clients/${enc(clientId)}/visits`, { month }),
  });

import { useQuery } from '@tanstack/react-query';
import type { auditSearchReply, auditVerifyReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';

// The audit log's review view: search (one page at a time, older pages by cursor) and the
// chain's verification, run when the page opens or the admin asks again.

export type AuditPage = Reply<typeof auditSearchReply>;
export type AuditRow = AuditPage['entries'][number];
export type ChainState = Reply<typeof auditVerifyReply>;
export interface AuditFilter {
  client: string;
  user: string;
  action: string;
  from: string;
  to: string;
}

export const useAuditSearch = (filter: AuditFilter, cursor: string | null) =>
  useQuery({
    queryKey: ['audit', filter, cursor],
    queryFn: () => api.get<AuditPage>('/audit', { ...filter, limit: 50, cursor }),
  });

export const useChainState = () =>
  useQuery({ queryKey: ['audit', 'verify'], queryFn: () => api.get<ChainState>('/audit/verify'), staleTime: 0 });

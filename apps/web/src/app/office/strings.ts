import { authStrings } from '../../features/auth/i18n.ts';
import { adminStrings } from '../../features/admin/i18n.ts';
import { clientStrings } from '../../features/clients/i18n.ts';
import { clientAccessStrings } from '../../features/clients/access-i18n.ts';
import { followUpStrings } from '../../features/follow-up/i18n.ts';
import { reportStrings } from '../../features/reports/i18n.ts';
import { providerStrings } from '../../features/provider/i18n.ts';
import { staffingStrings } from '../../features/provider/staffing-i18n.ts';
import { staffPhoneStrings } from '../../features/provider/staff-app-i18n.ts';
import { todoStrings } from '../../features/todo/i18n.ts';
import { financeStrings } from '../../features/finance/i18n.ts';
import { whatIfStrings } from '../../features/what-if/i18n.ts';
import { visitRequestStrings } from '../../features/visit-requests/i18n.ts';
import { common } from '../../lib/i18n/common.ts';
import type { Strings } from '../../lib/i18n/i18n.ts';
import { navStrings } from './nav-strings.ts';

/** The namespaces of the office entry: one per feature. */
export const officeStrings: Record<string, Strings> = {
  common,
  nav: navStrings,
  auth: authStrings,
  todo: todoStrings,
  clients: clientStrings,
  followUp: followUpStrings,
  finance: financeStrings,
  whatIf: whatIfStrings,
  reports: reportStrings,
  admin: adminStrings,
  clientAccess: clientAccessStrings,
  visitRequests: visitRequestStrings,
  provider: providerStrings,
  staffing: staffingStrings,
  staffPhones: staffPhoneStrings,
};

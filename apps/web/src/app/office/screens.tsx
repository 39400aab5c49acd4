import type { Screen } from '../shell/screens.ts';
import { ClientPage } from '../../features/clients/routes/ClientPage.tsx';
import { ClientsPage } from '../../features/clients/routes/ClientsPage.tsx';
import { InboxPage } from '../../features/clients/routes/InboxPage.tsx';
import { NewClientPage } from '../../features/clients/routes/NewClientPage.tsx';
import { FollowUpPage } from '../../features/follow-up/routes/FollowUpPage.tsx';
import { ReportsPage } from '../../features/reports/routes/ReportsPage.tsx';
import { TodoPage } from '../../features/todo/routes/TodoPage.tsx';
import { FeesPage } from '../../features/finance/routes/FeesPage.tsx';
import { MonthBoardPage } from '../../features/finance/routes/MonthBoardPage.tsx';
import { StatementPage } from '../../features/finance/routes/StatementPage.tsx';
import { WhatIfPage } from '../../features/what-if/routes/WhatIfPage.tsx';
import { AccountsPage } from '../../features/admin/routes/AccountsPage.tsx';
import { AuditPage } from '../../features/admin/routes/AuditPage.tsx';
import { ProviderPage } from '../../features/admin/routes/ProviderPage.tsx';
import { RegisterPage } from '../../features/admin/routes/RegisterPage.tsx';
import { SettingsPage } from '../../features/admin/routes/SettingsPage.tsx';
import { TagsPage } from '../../features/admin/routes/TagsPage.tsx';
import { VisitRequestsPage } from '../../features/visit-requests/routes/VisitRequestsPage.tsx';
import { DeviationsPage } from '../../features/provider/routes/DeviationsPage.tsx';
import { ExceptionsPage } from '../../features/provider/routes/ExceptionsPage.tsx';
import { MonthEndPage } from '../../features/provider/routes/MonthEndPage.tsx';
import { OrdersPage } from '../../features/provider/routes/OrdersPage.tsx';
import { ProviderClientPage } from '../../features/provider/routes/ProviderClientPage.tsx';
import { StaffPage } from '../../features/provider/routes/StaffPage.tsx';
import { StaffShiftsPage } from '../../features/provider/routes/StaffShiftsPage.tsx';
import { WeekPlanPage } from '../../features/provider/routes/WeekPlanPage.tsx';
import { StaffNotesPage } from '../../features/provider/routes/StaffNotesPage.tsx';
import { StaffPhonesPage } from '../../features/provider/routes/StaffPhonesPage.tsx';

// Every screen of the office app, who may open it, and where it sits in the menu. A new screen is
// one line here (see docs/web.md); the menu and the route guard follow from it.

const OFFICE = ['admin', 'case_officer', 'finance', 'provider_manager'] as const;
const CASE_OFFICER = ['case_officer'] as const;
const FINANCE = ['finance'] as const;
const FINANCE_ADMIN = ['finance', 'admin'] as const;
const ADMIN = ['admin'] as const;
const PROVIDER_MANAGER = ['provider_manager'] as const;

export const officeScreens: readonly Screen[] = [
  { path: '', roles: OFFICE, component: TodoPage, nav: 'todo' },
  { path: 'klienter', roles: CASE_OFFICER, component: ClientsPage, nav: 'clients' },
  { path: 'klienter/ny', roles: CASE_OFFICER, component: NewClientPage },
  { path: 'klienter/:clientId', roles: CASE_OFFICER, component: ClientPage },
  { path: 'meddelanden', roles: CASE_OFFICER, component: InboxPage, nav: 'inbox' },
  { path: 'uppfoljning', roles: CASE_OFFICER, component: FollowUpPage, nav: 'followUp' },
  { path: 'ekonomi/manadsavslut', roles: FINANCE, component: MonthBoardPage, nav: 'monthClose' },
  { path: 'ekonomi/manadsavslut/:month/:provider', roles: FINANCE, component: StatementPage },
  { path: 'ekonomi/avgifter', roles: FINANCE, component: FeesPage, nav: 'fees' },
  { path: 'installningar', roles: ADMIN, component: SettingsPage, nav: 'adminSettings' },
  { path: 'organisation', roles: ADMIN, component: RegisterPage, nav: 'adminRegister' },
  { path: 'organisation/utforare/:providerId', roles: ADMIN, component: ProviderPage },
  { path: 'konton', roles: ADMIN, component: AccountsPage, nav: 'adminAccounts' },
  { path: 'taggar', roles: ADMIN, component: TagsPage, nav: 'adminTags' },
  { path: 'logg', roles: ADMIN, component: AuditPage, nav: 'adminAudit' },
  { path: 'bestallningar', roles: PROVIDER_MANAGER, component: OrdersPage, nav: 'providerOrders' },
  { path: 'bestallningar/:clientId', roles: PROVIDER_MANAGER, component: ProviderClientPage },
  { path: 'undantag', roles: PROVIDER_MANAGER, component: ExceptionsPage, nav: 'providerExceptions' },
  { path: 'avvikelser', roles: PROVIDER_MANAGER, component: DeviationsPage, nav: 'providerDeviations' },
  { path: 'manadsslut', roles: PROVIDER_MANAGER, component: MonthEndPage, nav: 'providerMonthEnd' },
  { path: 'medarbetare', roles: PROVIDER_MANAGER, component: StaffPage, nav: 'providerStaff' },
  { path: 'medarbetare/:staffId', roles: PROVIDER_MANAGER, component: StaffShiftsPage },
  { path: 'veckoplan', roles: PROVIDER_MANAGER, component: WeekPlanPage, nav: 'providerWeekPlan' },
  { path: 'personalanteckningar', roles: PROVIDER_MANAGER, component: StaffNotesPage, nav: 'providerStaffNotes' },
  { path: 'telefoner', roles: PROVIDER_MANAGER, component: StaffPhonesPage, nav: 'providerStaffPhones' },
  { path: 'forfragningar', roles: ['provider_manager', 'case_officer'], component: VisitRequestsPage, nav: 'visitRequests' },
  { path: 'konsekvensanalys', roles: FINANCE_ADMIN, component: WhatIfPage, nav: 'whatIf' },
  { path: 'rapporter', roles: OFFICE, component: ReportsPage, nav: 'reports' },
];

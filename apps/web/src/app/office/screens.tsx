import type { Screen } from '../shell/screens.ts';
import { ClientPage } from '../../features/clients/routes/ClientPage.tsx';
import { ClientsPage } from '../../features/clients/routes/ClientsPage.tsx';
import { InboxPage } from '../../features/clients/routes/InboxPage.tsx';
import { NewClientPage } from '../../features/clients/routes/NewClientPage.tsx';
import { FollowUpPage } from '../../features/follow-up/routes/FollowUpPage.tsx';
import { TodoPage } from '../../features/todo/routes/TodoPage.tsx';
import { DeviationsPage } from '../../features/provider/routes/DeviationsPage.tsx';
import { ExceptionsPage } from '../../features/provider/routes/ExceptionsPage.tsx';
import { MonthEndPage } from '../../features/provider/routes/MonthEndPage.tsx';
import { OrdersPage } from '../../features/provider/routes/OrdersPage.tsx';
import { ProviderClientPage } from '../../features/provider/routes/ProviderClientPage.tsx';

// Every screen of the office app, who may open it, and where it sits in the menu. A new screen is
// one line here (see docs/web.md); the menu and the route guard follow from it.

const OFFICE = ['admin', 'case_officer', 'finance', 'provider_manager'] as const;
const CASE_OFFICER = ['case_officer'] as const;
const PROVIDER_MANAGER = ['provider_manager'] as const;

export const officeScreens: readonly Screen[] = [
  { path: '', roles: OFFICE, component: TodoPage, nav: 'todo' },
  { path: 'klienter', roles: CASE_OFFICER, component: ClientsPage, nav: 'clients' },
  { path: 'klienter/ny', roles: CASE_OFFICER, component: NewClientPage },
  { path: 'klienter/:clientId', roles: CASE_OFFICER, component: ClientPage },
  { path: 'meddelanden', roles: CASE_OFFICER, component: InboxPage, nav: 'inbox' },
  { path: 'uppfoljning', roles: CASE_OFFICER, component: FollowUpPage, nav: 'followUp' },
  { path: 'bestallningar', roles: PROVIDER_MANAGER, component: OrdersPage, nav: 'providerOrders' },
  { path: 'bestallningar/:clientId', roles: PROVIDER_MANAGER, component: ProviderClientPage },
  { path: 'undantag', roles: PROVIDER_MANAGER, component: ExceptionsPage, nav: 'providerExceptions' },
  { path: 'avvikelser', roles: PROVIDER_MANAGER, component: DeviationsPage, nav: 'providerDeviations' },
  { path: 'manadsslut', roles: PROVIDER_MANAGER, component: MonthEndPage, nav: 'providerMonthEnd' },
];

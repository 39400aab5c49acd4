import type { Screen } from '../shell/screens.ts';
import { ClientPage } from '../../features/clients/routes/ClientPage.tsx';
import { ClientsPage } from '../../features/clients/routes/ClientsPage.tsx';
import { InboxPage } from '../../features/clients/routes/InboxPage.tsx';
import { NewClientPage } from '../../features/clients/routes/NewClientPage.tsx';
import { FollowUpPage } from '../../features/follow-up/routes/FollowUpPage.tsx';
import { TodoPage } from '../../features/todo/routes/TodoPage.tsx';
import { VisitRequestsPage } from '../../features/visit-requests/routes/VisitRequestsPage.tsx';

// Every screen of the office app, who may open it, and where it sits in the menu. A new screen is
// one line here (see docs/web.md); the menu and the route guard follow from it.

const OFFICE = ['admin', 'case_officer', 'finance', 'provider_manager'] as const;
const CASE_OFFICER = ['case_officer'] as const;

export const officeScreens: readonly Screen[] = [
  { path: '', roles: OFFICE, component: TodoPage, nav: 'todo' },
  { path: 'klienter', roles: CASE_OFFICER, component: ClientsPage, nav: 'clients' },
  { path: 'klienter/ny', roles: CASE_OFFICER, component: NewClientPage },
  { path: 'klienter/:clientId', roles: CASE_OFFICER, component: ClientPage },
  { path: 'meddelanden', roles: CASE_OFFICER, component: InboxPage, nav: 'inbox' },
  { path: 'uppfoljning', roles: CASE_OFFICER, component: FollowUpPage, nav: 'followUp' },
  { path: 'forfragningar', roles: ['provider_manager', 'case_officer'], component: VisitRequestsPage, nav: 'visitRequests' },
];

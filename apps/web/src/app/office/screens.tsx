import type { Screen } from '../shell/screens.ts';
import { TodoPage } from '../../features/todo/routes/TodoPage.tsx';

// Every screen of the office app, who may open it, and where it sits in the menu. A new screen is
// one line here (see docs/web.md); the menu and the route guard follow from it.

const OFFICE = ['admin', 'case_officer', 'finance', 'provider_manager'] as const;

export const officeScreens: readonly Screen[] = [
  { path: '', roles: OFFICE, component: TodoPage, nav: 'todo' },
];

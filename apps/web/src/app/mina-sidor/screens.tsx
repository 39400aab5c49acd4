import type { Screen } from '../shell/screens.ts';
import { AskPage } from '../../features/client-view/routes/AskPage.tsx';
import { HomePage } from '../../features/client-view/routes/HomePage.tsx';

// The screens of Mina sidor behind sign-in (the client and her relatives); see docs/client-view.md.
const CLIENT_VIEW = ['client', 'relative'] as const;

export const minaSidorScreens: readonly Screen[] = [
  { path: '', roles: CLIENT_VIEW, component: HomePage },
  { path: 'fraga', roles: CLIENT_VIEW, component: AskPage },
];

import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { ActivatePage } from '../../features/client-view/routes/ActivatePage.tsx';
import { SignInPage } from '../../features/client-view/routes/SignInPage.tsx';
import { useMe } from '../../lib/session/session.ts';
import { NotAllowed } from '../shell/NotAllowed.tsx';
import { RequireSession } from '../shell/RequireSession.tsx';
import { screensFor } from '../shell/screens.ts';
import { MinaSidorLayout } from './MinaSidorLayout.tsx';
import { minaSidorScreens } from './screens.tsx';

function Guarded({ screenPath }: { screenPath: string }) {
  const me = useMe();
  const screen = me && screensFor(minaSidorScreens, me.role).find((s) => s.path === screenPath);
  if (!screen) return <NotAllowed reason="notAllowed" />;
  const Page = screen.component;
  return <Page />;
}

function routes(): RouteObject[] {
  const children: RouteObject[] = minaSidorScreens.map((s) => ({
    ...(s.path === '' ? { index: true } : { path: s.path }),
    Component: () => <Guarded screenPath={s.path} />,
  }));
  children.push({ path: '*', Component: () => <NotAllowed reason="notFound" /> });
  return [
    { Component: () => <MinaSidorLayout signedIn={false} />, children: [
      { path: '/logga-in', Component: SignInPage },
      { path: '/aktivera', Component: ActivatePage },
    ] },
    { path: '/', Component: () => <RequireSession>{() => <MinaSidorLayout signedIn />}</RequireSession>, children },
  ];
}

// Served under /mina-sidor/: the router's paths are relative to it.
const router = createBrowserRouter(routes(), { basename: '/mina-sidor' });

export function MinaSidorRouter() {
  return <RouterProvider router={router} />;
}

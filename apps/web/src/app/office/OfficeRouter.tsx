import {
  createBrowserRouter,
  matchPath,
  RouterProvider,
  useParams,
  type RouteObject,
} from 'react-router';
import { useMe } from '../../lib/session/session.ts';
import { SignInPage } from '../../features/auth/routes/SignInPage.tsx';
import { AppLayout } from '../shell/AppLayout.tsx';
import { NotAllowed } from '../shell/NotAllowed.tsx';
import { RequireSession } from '../shell/RequireSession.tsx';
import { screensFor } from '../shell/screens.ts';
import { officeScreens } from './screens.tsx';

/** A path no screen of the role has: "not yours" when another role has it, else "not found". */
function Unknown() {
  const params = useParams();
  const path = params['*'] ?? '';
  const known = officeScreens.some((s) => matchPath({ path: `/${s.path}` }, `/${path}`));
  return <NotAllowed reason={known ? 'notAllowed' : 'notFound'} />;
}

function Office() {
  return (
    <RequireSession>
      {(me) => {
        const screens = screensFor(officeScreens, me.role);
        return <AppLayout me={me} screens={screens} />;
      }}
    </RequireSession>
  );
}

function routes(): RouteObject[] {
  // Every screen is routed; which of them a role may open is decided in the layout's guard below.
  const children: RouteObject[] = officeScreens.map((s) => ({
    ...(s.path === '' ? { index: true } : { path: s.path }),
    Component: () => <Guarded screenPath={s.path} />,
  }));
  children.push({ path: '*', Component: Unknown });
  return [
    { path: '/logga-in', Component: SignInPage },
    { path: '/', Component: Office, children },
  ];
}

/** Inside the layout, so the session is known: a screen of another role says so. */
function Guarded({ screenPath }: { screenPath: string }) {
  const me = useMe();
  const screen = me && screensFor(officeScreens, me.role).find((s) => s.path === screenPath);
  if (!screen) return <NotAllowed reason="notAllowed" />;
  const Page = screen.component;
  return <Page />;
}

const router = createBrowserRouter(routes());

export function OfficeRouter() {
  return <RouterProvider router={router} />;
}

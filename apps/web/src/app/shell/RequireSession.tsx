import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiError } from '../../lib/api/api-error.ts';
import { onSessionExpired } from '../../lib/api/client.ts';
import { meQuery, type Me } from '../../lib/session/session.ts';
import { signInPath } from '../../lib/session/sign-in-path.ts';

/**
 * Pages behind sign-in. Without a session: to sign-in, and back here after. When a session ends
 * while working (any API call answers 401), the same: forms keep what was typed as drafts
 * (lib/drafts.ts) and show it again after signing in.
 */
export function RequireSession({ children }: { children: (me: Me) => ReactNode }) {
  const query = useQuery(meQuery);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onSessionExpired(() => {
        queryClient.removeQueries();
        void navigate(signInPath(window.location, true), { replace: true });
      }),
    [navigate, queryClient],
  );

  if (query.isError && query.error instanceof ApiError && query.error.status === 401) {
    return <Navigate to={signInPath(location, false)} replace />;
  }
  return <QueryState query={query}>{(me) => children(me)}</QueryState>;
}

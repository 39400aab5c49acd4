// Where sign-in sends a person, and where it sends her back afterwards. Kept apart from the pages
// so the rules are tested on their own.

export const SIGN_IN = '/logga-in';

function isSignIn(path: string): boolean {
  return path === SIGN_IN || path.startsWith(`${SIGN_IN}?`) || path.startsWith(`${SIGN_IN}/`);
}

/**
 * The sign-in page for someone at `location`, to come back to it after. Already on the sign-in
 * page (a second refused call after the first one sent her there, or a late reply), the page
 * stays as it is: its own `next` is the one that matters, never the sign-in page itself.
 */
export function signInPath(
  location: { pathname: string; search: string },
  expired: boolean,
): string {
  const here = location.pathname + location.search;
  if (isSignIn(here)) return here;
  return `${SIGN_IN}?next=${encodeURIComponent(here)}${expired ? '&reason=expired' : ''}`;
}

/**
 * Where to go after signing in: a path of this app, never another site and never the sign-in
 * page (a nested `next` is followed to the page it was meant for).
 */
export function afterSignIn(next: string | null): string {
  let target = next;
  for (let depth = 0; target && isSignIn(target) && depth < 5; depth++) {
    target = new URLSearchParams(target.slice(target.indexOf('?') + 1)).get('next');
  }
  if (!target || isSignIn(target)) return '/';
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
    ? target
    : '/';
}

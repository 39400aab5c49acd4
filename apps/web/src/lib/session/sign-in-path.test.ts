import { describe, expect, it } from 'vitest';
import { afterSignIn, signInPath } from './sign-in-path.ts';

describe('signInPath', () => {
  it('keeps the page to come back to, with the reason', () => {
    expect(signInPath({ pathname: '/klienter/ny', search: '?a=1' }, true)).toBe(
      '/logga-in?next=%2Fklienter%2Fny%3Fa%3D1&reason=expired',
    );
    expect(signInPath({ pathname: '/', search: '' }, false)).toBe('/logga-in?next=%2F');
  });

  it('leaves the sign-in page as it is when a second refusal arrives there', () => {
    const first = signInPath({ pathname: '/klienter/ny', search: '' }, true);
    const [pathname, query] = first.split('?') as [string, string];
    expect(signInPath({ pathname, search: `?${query}` }, true)).toBe(first);
  });
});

describe('afterSignIn', () => {
  it('goes to a path of this app', () => {
    expect(afterSignIn('/klienter/ny')).toBe('/klienter/ny');
    expect(afterSignIn(null)).toBe('/');
  });

  it('never to another site', () => {
    expect(afterSignIn('https://example.org/')).toBe('/');
    expect(afterSignIn('//example.org/')).toBe('/');
    expect(afterSignIn('/\\example.org')).toBe('/');
  });

  it('follows a nested sign-in page to the page it was meant for', () => {
    expect(afterSignIn('/logga-in?next=%2Fklienter%2Fny&reason=expired')).toBe('/klienter/ny');
    expect(afterSignIn('/logga-in?reason=expired')).toBe('/');
  });
});

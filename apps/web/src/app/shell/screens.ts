import type { ComponentType } from 'react';
import type { Role } from '../../lib/session/session.ts';

/**
 * One screen of an entry: its path, who may open it, and whether (and how) it shows in the
 * navigation. The router and the menu are both made from the one list, so a role never sees a
 * link to a page it may not open, and a page never forgets its roles.
 */
export interface Screen {
  /** Relative to the entry's root: '' for the start page, 'klienter/:clientId'. */
  path: string;
  roles: readonly Role[];
  component: ComponentType;
  /** Shown in the menu under this label key (namespace `nav`), in list order. */
  nav?: string;
}

export function screensFor(screens: readonly Screen[], role: Role): Screen[] {
  return screens.filter((s) => s.roles.includes(role));
}

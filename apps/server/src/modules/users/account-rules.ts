import type { Role } from '../../auth/actor.ts';

// Which references each role's account carries (DOMAIN.md §1), checked before the database is
// asked, so the message names the option to change.

export interface AccountRefs {
  districtId?: string | undefined;
  providerId?: string | undefined;
  staffId?: string | undefined;
}

export interface AccountIssue {
  path: 'username' | 'password' | 'role' | 'district' | 'provider' | 'staff' | 'municipality';
  message: string;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function roleRefIssues(role: Role, refs: AccountRefs): AccountIssue[] {
  const issues: AccountIssue[] = [];
  const forbid = (
    path: 'district' | 'provider' | 'staff',
    value: string | undefined,
    why: string,
  ) => {
    if (value !== undefined)
      issues.push({
        path,
        message: `${role === 'admin' ? 'an' : 'a'} ${role} account ${why}; leave out --${path}`,
      });
  };
  switch (role) {
    case 'admin':
    case 'finance':
      forbid('district', refs.districtId, 'covers the whole municipality');
      forbid('provider', refs.providerId, 'covers the whole municipality');
      forbid('staff', refs.staffId, 'is not a staff member');
      break;
    case 'case_officer':
      if (refs.districtId === undefined)
        issues.push({
          path: 'district',
          message: 'a case_officer account needs --district: the district whose clients she serves',
        });
      forbid('provider', refs.providerId, 'works for a district, not a provider');
      forbid('staff', refs.staffId, 'is not a staff member');
      break;
    case 'provider_manager':
      if (refs.providerId === undefined)
        issues.push({ path: 'provider', message: 'a provider_manager account needs --provider' });
      forbid('district', refs.districtId, 'works for a provider, not a district');
      forbid('staff', refs.staffId, 'is not a staff member');
      break;
    case 'staff':
      if (refs.providerId === undefined && refs.staffId === undefined) {
        issues.push({
          path: 'provider',
          message: 'a staff account needs --provider or --staff (whose provider it then takes)',
        });
      }
      forbid('district', refs.districtId, 'works for a provider, not a district');
      break;
    case 'client':
    case 'relative':
      // They sign in with a passkey and see one client: made from the client's page (docs/client-view.md).
      issues.push({ path: 'role', message: `a ${role} account is made by the case officer on the client's page, not here` });
      break;
  }
  return issues;
}

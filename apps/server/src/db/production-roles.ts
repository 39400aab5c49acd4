// The grants that give the server's own role what it needs and nothing more (docs/operations.md):
// the owner runs migrations and owns every table, so only the owner (or a superuser) can alter,
// truncate, or disable a trigger; the app role reads and writes rows, and on the audit tables
// only appends. Kept as code so the test runs exactly what the operations guide prints.

export function appRoleGrants(appRole: string, ownerRole: string): string[] {
  return [
    `grant usage on schema public to ${appRole}`,
    `grant select, insert, update, delete on all tables in schema public to ${appRole}`,
    `grant usage, select on all sequences in schema public to ${appRole}`,
    // Tables later migrations add get the same rights.
    `alter default privileges for role ${ownerRole} in schema public grant select, insert, update, delete on tables to ${appRole}`,
    `alter default privileges for role ${ownerRole} in schema public grant usage, select on sequences to ${appRole}`,
    // The log and the registrations are appended to, never changed.
    `revoke update, delete on audit_log, audit_log_clients, registrations from ${appRole}`,
  ];
}

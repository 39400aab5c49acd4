import { userInfo } from 'node:os';
import type { Actor } from '../auth/actor.ts';

/**
 * The command line acts as an administrator of the municipality, under the operating-system
 * user's name, so what it reads and changes is in the audit log like anyone's.
 */
export function cliActor(municipalityId: string): Actor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): the log still says it came from the command line.
  }
  return { userId: 'cli', username: `cli:${name}`, municipalityId, role: 'admin', districtId: null, providerId: null, staffId: null, ip: 'local', at: new Date() };
}

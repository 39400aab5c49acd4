import type { Scenario } from './schema.ts';
import type { InputIssue } from './issues.ts';

type Registration = Scenario['registrations'][number];

function sameContent(a: Registration, b: Registration): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Registration>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * R-1 and the scenario's field notes: one id with equal content is one registration; with other
 * content the file is refused. Returns the issues and the registrations with repeats removed.
 */
export function checkRegistrations(s: Scenario): { issues: InputIssue[]; unique: Registration[] } {
  const issues: InputIssue[] = [];
  const byId = new Map<string, { reg: Registration; index: number }>();
  const unique: Registration[] = [];
  s.registrations.forEach((r, i) => {
    const path = `registrations[${i}]`;
    const first = byId.get(r.id);
    if (first) {
      if (!sameContent(first.reg, r)) {
        issues.push({
          path: `${path}.id`,
          message: `registration id ${r.id} is repeated with other content (first at registrations[${first.index}])`,
        });
      }
      return;
    }
    byId.set(r.id, { reg: r, index: i });
    unique.push(r);
    if (r.method === 'manual' && (r.reason === undefined || r.reason.trim() === '')) {
      issues.push({ path: `${path}.reason`, message: 'a manual registration needs a reason' });
    }
    if (r.kind === 'void' && r.corrects === undefined) {
      issues.push({ path: `${path}.corrects`, message: 'a void registration must name the registration it withdraws' });
    }
  });
  s.registrations.forEach((r, i) => {
    if (r.corrects === undefined) return;
    const target = byId.get(r.corrects);
    const path = `registrations[${i}].corrects`;
    if (!target) issues.push({ path, message: `unknown registration ${r.corrects}` });
    else if (r.corrects === r.id) issues.push({ path, message: 'a registration cannot correct itself' });
    else if (target.reg.client !== r.client) {
      issues.push({ path, message: `corrects registration ${r.corrects} of another client ("${target.reg.client}")` });
    }
  });
  return { issues, unique };
}

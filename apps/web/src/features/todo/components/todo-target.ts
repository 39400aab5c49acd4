import type { TodoEntry, TodoGroup } from '../api/get-todo.ts';

// Where in the app an entry of "Att göra" is dealt with. The API names the resource; the app
// knows the screen. Kinds of roles whose screens are not in this app yet have no target: their
// entries are listed without a link.

const client = (e: TodoEntry, tab?: string) =>
  e.clientId
    ? `/klienter/${encodeURIComponent(e.clientId)}${tab ? `?flik=${tab}` : ''}`
    : undefined;

// The provider manager's client page is her own (plan, contact person, dialogue).
const providerClient = (e: TodoEntry, tab?: string) =>
  e.clientId
    ? `/bestallningar/${encodeURIComponent(e.clientId)}${tab ? `?flik=${tab}` : ''}`
    : undefined;

const ofMonth = (path: string, e: TodoEntry) =>
  `${path}${e.at ? `?manad=${e.at.slice(0, 7)}` : ''}`;

export function todoTarget(
  kind: TodoGroup['kind'],
  entry: TodoEntry,
  role?: string,
): string | undefined {
  switch (kind) {
    case 'new_messages':
      return role === 'provider_manager'
        ? providerClient(entry, 'dialogue')
        : client(entry, 'dialogue');
    case 'excess_to_review':
      return `/uppfoljning?manad=${entry.at ?? ''}&flik=excess`;
    case 'deviations_to_decide':
      return `/uppfoljning?manad=${entry.at ?? ''}&flik=deviations`;
    case 'orders_awaiting_reply':
    case 'orders_declined':
    case 'decisions_expiring':
      return client(entry);
    case 'new_orders':
      return '/bestallningar';
    case 'exceptions_to_resolve':
      return ofMonth('/undantag', entry);
    case 'deviations_rejected':
      return ofMonth('/avvikelser', entry);
    case 'month_end':
      return ofMonth('/manadsslut', entry);
    case 'statements_to_approve':
    case 'statements_to_export':
      return undefined;
  }
}

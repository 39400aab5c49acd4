import type { TodoEntry, TodoGroup } from '../api/get-todo.ts';

// Where in the app an entry of "Att göra" is dealt with. The API names the resource; the app
// knows the screen. Kinds of roles whose screens are not in this app yet have no target: their
// entries are listed without a link.

const client = (e: TodoEntry, tab?: string) =>
  e.clientId
    ? `/klienter/${encodeURIComponent(e.clientId)}${tab ? `?flik=${tab}` : ''}`
    : undefined;

export function todoTarget(kind: TodoGroup['kind'], entry: TodoEntry): string | undefined {
  switch (kind) {
    case 'new_messages':
      return client(entry, 'dialogue');
    case 'excess_to_review':
      return `/uppfoljning?manad=${entry.at ?? ''}&flik=excess`;
    case 'deviations_to_decide':
      return `/uppfoljning?manad=${entry.at ?? ''}&flik=deviations`;
    case 'orders_awaiting_reply':
    case 'orders_declined':
    case 'decisions_expiring':
      return client(entry);
    case 'new_orders':
    case 'exceptions_to_resolve':
    case 'deviations_rejected':
    case 'month_end':
    case 'statements_to_approve':
    case 'statements_to_export':
      return undefined;
  }
}

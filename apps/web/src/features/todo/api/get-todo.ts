import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client.ts';

// What waits for the signed-in person, grouped by kind (GET /todo).
export interface TodoEntry {
  id: string;
  clientId?: string;
  clientName?: string;
  title?: string;
  at?: string;
  link?: string;
}
export interface TodoGroup {
  kind: string;
  count: number;
  entries: TodoEntry[];
}
export interface TodoReply {
  groups: TodoGroup[];
}

export const todoQuery = queryOptions({
  queryKey: ['todo'],
  queryFn: () => api.get<TodoReply>('/todo'),
});

export const useTodo = () => useQuery(todoQuery);

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { todoReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';

// What waits for the signed-in person, grouped by kind (GET /todo).
export type TodoReply = Reply<typeof todoReply>;
export type TodoGroup = TodoReply['groups'][number];
export type TodoEntry = TodoGroup['entries'][number];

export const todoQuery = queryOptions({
  queryKey: ['todo'],
  queryFn: () => api.get<TodoReply>('/todo'),
});

export const useTodo = () => useQuery(todoQuery);

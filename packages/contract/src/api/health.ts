import { z } from 'zod';

export const healthReply = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
});

/** Every error the API sends has this shape; `path` locates a bad field in the request. */
export const errorReply = z.object({
  error: z.string(),
  message: z.string(),
  path: z.string().optional(),
});

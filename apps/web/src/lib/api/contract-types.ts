import type { z } from 'zod';
import type { errorReply } from '@hemma/contract/api';

// The web app's types come from the API's own schemas: `Reply<typeof schema>` is what the server
// sends after parsing with that schema. Only types are imported: no zod in the bundle.

export type Reply<S extends z.ZodType> = z.output<S>;
export type Body<S extends z.ZodType> = z.input<S>;
export type ErrorReply = z.output<typeof errorReply>;

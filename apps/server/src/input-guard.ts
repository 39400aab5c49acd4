import type { FastifyReply, FastifyRequest } from 'fastify';

// Checks every request's parsed input before the route's schema sees it. Both walks are
// iterative: a body nested thousands deep must not overflow the stack of the code that is
// meant to refuse it.

/** Nesting deeper than any body of the API needs; deeper JSON is refused before validation. */
export const MAX_BODY_DEPTH = 32;

type Pending = { value: unknown; path: string; depth: number };

/** Pushes the members of an array or object; last first, so that they pop in document order. */
function pushChildren(stack: Pending[], { value, path, depth }: Pending): void {
  // A loop, not push(...members): a spread of a 500 000-element array overflows the stack too.
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, path: `${path}[${i}]`, depth: depth + 1 });
  } else if (value !== null && typeof value === 'object') {
    const entries: [string, unknown][] = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, v] = entries[i]!;
      stack.push({ value: v, path: path ? `${path}.${k}` : k, depth: depth + 1 });
    }
  }
}

/** The path of the first value nested more than `max` deep (arrays and objects), or undefined. */
export function findTooDeep(value: unknown, max = MAX_BODY_DEPTH): string | undefined {
  const stack: Pending[] = [{ value, path: '', depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.depth > max) return next.path || '(value)';
    pushChildren(stack, next);
  }
  return undefined;
}

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
export function findNul(value: unknown): string | undefined {
  const stack: Pending[] = [{ value, path: '', depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: v, path } = next;
    if (typeof v === 'string' && v.includes('\u0000')) return path || '(value)';
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const key = Object.keys(v).find((k) => k.includes('\u0000'));
      if (key !== undefined) return path ? `${path}.${key}` : key;
    }
    pushChildren(stack, next);
  }
  return undefined;
}

/**
 * A preValidation hook: a 400 naming where, for a body nested deeper than MAX_BODY_DEPTH or a
 * NUL character anywhere in the path, query or body.
 */
export async function guardInput(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const deep = findTooDeep(req.body);
  if (deep !== undefined) {
    return reply.status(400).send({ error: 'bad_request', message: `body ${deep}: nested deeper than ${MAX_BODY_DEPTH} levels`, path: deep });
  }
  for (const [part, value] of [['params', req.params], ['query', req.query], ['body', req.body]] as const) {
    const path = findNul(value);
    if (path !== undefined) {
      return reply.status(400).send({ error: 'bad_request', message: `${part} ${path}: the NUL character is not allowed`, path });
    }
  }
  return undefined;
}

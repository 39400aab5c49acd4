import type { FastifyReply, FastifyRequest } from 'fastify';

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
export function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(value)' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findNul(k, path ? `${path}.${k}` : k) ?? findNul(v, path ? `${path}.${k}` : k);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A preValidation hook: refuse NUL characters anywhere in the request with a 400 naming where. */
export async function refuseNul(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  for (const [part, value] of [['params', req.params], ['query', req.query], ['body', req.body]] as const) {
    const path = findNul(value);
    if (path !== undefined) {
      return reply.status(400).send({ error: 'bad_request', message: `${part} ${path}: the NUL character is not allowed`, path });
    }
  }
  return undefined;
}

import {
  errorReply,
  staffBody,
  staffListQuery,
  staffListReply,
  staffMember,
  staffParams,
  staffPatchBody,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { createStaff, listStaff, patchStaff } from './staff.service.ts';

const tags = ['organisation'];

export function staffRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/staff',
      {
        schema: {
          tags,
          summary:
            "Staff: a provider manager sees her provider's, the admin everyone (filter by provider, unit)",
          querystring: staffListQuery,
          response: { 200: staffListReply, 403: errorReply, 404: errorReply },
        },
      },
      async (req) => ({ staff: await listStaff(database, actorOf(req), req.query) }),
    );

    app.post(
      '/api/v1/staff',
      {
        schema: {
          tags,
          summary: "Add a staff member (admin, or the provider's manager)",
          body: staffBody,
          response: { 201: staffMember, 400: errorReply, 403: errorReply, 409: errorReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await createStaff(database, actorOf(req), req.body)),
    );

    app.patch(
      '/api/v1/staff/:staff',
      {
        schema: {
          tags,
          summary: "Rename a staff member or change her unit (admin, or the provider's manager)",
          params: staffParams,
          body: staffPatchBody,
          response: { 200: staffMember, 400: errorReply, 403: errorReply, 404: errorReply },
        },
      },
      (req) => patchStaff(database, actorOf(req), req.params.staff, req.body),
    );
  };
}

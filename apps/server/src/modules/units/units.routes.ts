import {
  errorReply,
  providerParams,
  unit,
  unitBody,
  unitListReply,
  unitParams,
  unitPatchBody,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { createUnit, listUnits, renameUnit } from './units.service.ts';

const tags = ['organisation'];

export function unitRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/providers/:provider/units',
      {
        schema: {
          tags,
          summary: "A provider's units (admin, or that provider's manager)",
          params: providerParams,
          response: { 200: unitListReply, 403: errorReply, 404: errorReply },
        },
      },
      async (req) => ({ units: await listUnits(database, actorOf(req), req.params.provider) }),
    );

    app.post(
      '/api/v1/providers/:provider/units',
      {
        schema: {
          tags,
          summary: "Create a unit (admin, or that provider's manager)",
          params: providerParams,
          body: unitBody,
          response: {
            201: unit,
            400: errorReply,
            403: errorReply,
            404: errorReply,
            409: errorReply,
          },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await createUnit(database, actorOf(req), req.params.provider, req.body)),
    );

    app.patch(
      '/api/v1/providers/:provider/units/:unit',
      {
        schema: {
          tags,
          summary: "Rename a unit (admin, or that provider's manager)",
          params: unitParams,
          body: unitPatchBody,
          response: { 200: unit, 400: errorReply, 403: errorReply, 404: errorReply },
        },
      },
      (req) =>
        renameUnit(database, actorOf(req), req.params.provider, req.params.unit, req.body.name),
    );
  };
}

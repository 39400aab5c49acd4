import {
  district,
  districtBody,
  districtListReply,
  districtParams,
  districtPatchBody,
  errorReply,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { createDistrict, listDistricts, renameDistrict } from './districts.service.ts';

const tags = ['organisation'];

export function districtRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/districts',
      {
        schema: {
          tags,
          summary: "The municipality's districts",
          response: { 200: districtListReply },
        },
      },
      async (req) => ({ districts: await listDistricts(database, actorOf(req)) }),
    );

    app.post(
      '/api/v1/districts',
      {
        schema: {
          tags,
          summary: 'Create a district (admin)',
          body: districtBody,
          response: { 201: district, 400: errorReply, 403: errorReply, 409: errorReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await createDistrict(database, actorOf(req), req.body)),
    );

    app.patch(
      '/api/v1/districts/:district',
      {
        schema: {
          tags,
          summary: 'Rename a district (admin)',
          params: districtParams,
          body: districtPatchBody,
          response: { 200: district, 400: errorReply, 403: errorReply, 404: errorReply },
        },
      },
      (req) => renameDistrict(database, actorOf(req), req.params.district, req.body.name),
    );
  };
}

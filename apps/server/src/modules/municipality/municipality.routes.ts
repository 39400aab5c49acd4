import { errorReply, municipalityPatchBody, municipalityReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { getMunicipality, patchMunicipality } from './municipality.service.ts';

const tags = ['settings'];

/** The actor's own municipality: there is no route to any other. */
export function municipalityRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/municipality',
      {
        schema: {
          tags,
          summary: 'Your municipality: name, time zone, payment model, default band, holiday eves',
          response: { 200: municipalityReply },
        },
      },
      (req) => getMunicipality(database, actorOf(req)),
    );

    app.patch(
      '/api/v1/municipality',
      {
        schema: {
          tags,
          summary: "Change the municipality's settings (admin); only the fields sent change",
          body: municipalityPatchBody,
          response: { 200: municipalityReply, 400: errorReply, 403: errorReply },
        },
      },
      (req) => patchMunicipality(database, actorOf(req), req.body),
    );
  };
}

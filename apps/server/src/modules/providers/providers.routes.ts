import {
  errorReply,
  provider,
  providerBody,
  providerListReply,
  providerParams,
  providerPatchBody,
  providerRequirementBody,
  providerRequirementParams,
  providerRequirementsReply,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import {
  createProvider,
  getProvider,
  listProviders,
  patchProvider,
  providerRequirements,
  setProviderRequirement,
} from './providers.service.ts';

const tags = ['organisation'];

export function providerRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/providers',
      {
        schema: {
          tags,
          summary: 'The LOV register: every provider of the municipality',
          response: { 200: providerListReply },
        },
      },
      async (req) => ({ providers: await listProviders(database, actorOf(req)) }),
    );

    app.get(
      '/api/v1/providers/:provider',
      {
        schema: {
          tags,
          summary: 'One provider of the register',
          params: providerParams,
          response: { 200: provider, 404: errorReply },
        },
      },
      (req) => getProvider(database, actorOf(req), req.params.provider),
    );

    app.post(
      '/api/v1/providers',
      {
        schema: {
          tags,
          summary: 'Add a provider to the register (admin); the organisation number is checked',
          body: providerBody,
          response: { 201: provider, 400: errorReply, 403: errorReply, 409: errorReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await createProvider(database, actorOf(req), req.body)),
    );

    app.patch(
      '/api/v1/providers/:provider',
      {
        schema: {
          tags,
          summary: "Change a provider's name, organisation number, kind, approval status or contract period (admin)",
          params: providerParams,
          body: providerPatchBody,
          response: { 200: provider, 400: errorReply, 403: errorReply, 404: errorReply },
        },
      },
      (req) => patchProvider(database, actorOf(req), req.params.provider, req.body),
    );

    app.get(
      '/api/v1/providers/:provider/requirements',
      {
        schema: {
          tags,
          summary: "The förfrågningsunderlag's requirements and how each was checked (admin)",
          params: providerParams,
          response: { 200: providerRequirementsReply, 403: errorReply, 404: errorReply },
        },
      },
      async (req) => ({ requirements: await providerRequirements(database, actorOf(req), req.params.provider) }),
    );

    app.put(
      '/api/v1/providers/:provider/requirements/:requirement',
      {
        schema: {
          tags,
          summary: 'Record one requirement as checked: met or not, the day, a note (admin)',
          params: providerRequirementParams,
          body: providerRequirementBody,
          response: { 200: providerRequirementsReply, 400: errorReply, 403: errorReply, 404: errorReply },
        },
      },
      async (req) => ({
        requirements: await setProviderRequirement(database, actorOf(req), req.params.provider, req.params.requirement, req.body),
      }),
    );
  };
}

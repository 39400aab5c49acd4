import {
  bandsBody,
  bandsReply,
  errorReply,
  rateBody,
  rateReply,
  ratesReply,
  ruleBody,
  ruleReply,
  rulesReply,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { addRate, addRule, getBands, getRates, getRules, putBands } from './settings.service.ts';

const tags = ['settings'];
const refusals = { 400: errorReply, 403: errorReply, 409: errorReply };

/** Time bands, rules and rates. */
export function settingsRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/bands',
      {
        schema: {
          tags,
          summary: 'The time bands, in the order that breaks precedence ties',
          response: { 200: bandsReply, 403: errorReply },
        },
      },
      async (req) => ({ bands: await getBands(database, actorOf(req)) }),
    );

    app.put(
      '/api/v1/bands',
      {
        schema: {
          tags,
          summary:
            'Replace the time bands (admin): every minute of the week covered, no band a rate names removed',
          body: bandsBody,
          response: { 200: bandsReply, ...refusals },
        },
      },
      async (req) => ({ bands: await putBands(database, actorOf(req), req.body) }),
    );

    app.get(
      '/api/v1/rules',
      {
        schema: {
          tags,
          summary:
            'Cap and declined-visit rules with their history; the latest from on or before a date applies',
          response: { 200: rulesReply, 403: errorReply },
        },
      },
      async (req) => ({ rules: await getRules(database, actorOf(req)) }),
    );

    app.post(
      '/api/v1/rules',
      {
        schema: {
          tags,
          summary: 'A new rule from a date (admin); history is never edited',
          body: ruleBody,
          response: { 201: ruleReply, ...refusals },
        },
      },
      async (req, reply) => reply.status(201).send(await addRule(database, actorOf(req), req.body)),
    );

    app.get(
      '/api/v1/rates',
      {
        schema: {
          tags,
          summary: 'Rates with their history, in listing order (the one listed last wins ties)',
          response: { 200: ratesReply, 403: errorReply },
        },
      },
      async (req) => ({ rates: await getRates(database, actorOf(req)) }),
    );

    app.post(
      '/api/v1/rates',
      {
        schema: {
          tags,
          summary: 'A new rate from a date (admin), listed last',
          body: rateBody,
          response: { 201: rateReply, ...refusals },
        },
      },
      async (req, reply) => reply.status(201).send(await addRate(database, actorOf(req), req.body)),
    );
  };
}

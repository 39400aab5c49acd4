import { clientCardParams, clientCardReply, errorReply, myDayQuery, myDayReply, staffNote, staffNoteBody, staffNoteListQuery, staffNoteListReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { myDay, readClientCard, readNotes, writeNote } from './staff-app.service.ts';

const tags = ['staff-app'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

/** The staff phone app's routes (docs/staff-app.md). */
export function staffAppRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/my-day', { schema: { tags, summary: 'The signed-in staff member\'s visits of the day, her registrations and notes to staff', querystring: myDayQuery, response: { 200: myDayReply, ...errors } } },
      (req) => myDay(database, actorOf(req), req.query.date));

    app.get('/api/v1/my-day/clients/:id', { schema: { tags, summary: 'A client\'s card for staff: plan, life story, contact person, practical notes', params: clientCardParams, response: { 200: clientCardReply, ...errors } } },
      (req) => readClientCard(database, actorOf(req), req.params.id));

    app.post('/api/v1/staff-notes', { schema: { tags, summary: 'A short note about a client: staff to their manager, a manager to the staff', body: staffNoteBody, response: { 201: staffNote, ...errors } } },
      async (req, reply) => reply.status(201).send(await writeNote(database, actorOf(req), req.body)));

    app.get('/api/v1/staff-notes', { schema: { tags, summary: 'The provider\'s staff notes, both ways, newest first (provider manager)', querystring: staffNoteListQuery, response: { 200: staffNoteListReply, ...errors } } },
      async (req) => ({ notes: await readNotes(database, actorOf(req), req.query.client) }));
  };
}

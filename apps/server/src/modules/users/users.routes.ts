import {
  createdUserReply,
  errorReply,
  userCreateBody,
  userListReply,
  userParams,
  userSummary,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { addUser, changeAccount, listUsers, type AccountChange } from './user-admin.service.ts';

const tags = ['users'];

export function userRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/users',
      {
        schema: {
          tags,
          summary: "The municipality's accounts (admin); never a password or secret",
          response: { 200: userListReply, 403: errorReply },
        },
      },
      async (req) => ({ users: await listUsers(database, actorOf(req)) }),
    );

    app.post(
      '/api/v1/users',
      {
        schema: {
          tags,
          summary:
            'Create an account (admin); the reply carries the otpauth URI of its second factor, once',
          body: userCreateBody,
          response: { 201: createdUserReply, 400: errorReply, 403: errorReply, 409: errorReply },
        },
      },
      async (req, reply) => reply.status(201).send(await addUser(database, actorOf(req), req.body)),
    );

    const changes: [string, AccountChange, string][] = [
      ['lock', 'lock', 'Lock an account until an admin unlocks it; its sessions end (admin)'],
      ['unlock', 'unlock', 'Unlock an account, also after too many wrong guesses (admin)'],
      ['reset-second-factor', 'reset_second_factor', 'A new second factor, connected at the next sign-in; sessions end (admin)'],
    ];
    for (const [path, change, summary] of changes) {
      app.post(
        `/api/v1/users/:user/${path}`,
        {
          schema: {
            tags,
            summary,
            params: userParams,
            response: { 200: userSummary, 403: errorReply, 404: errorReply, 409: errorReply },
          },
        },
        async (req) => changeAccount(database, actorOf(req), req.params.user, change),
      );
    }
  };
}

import rateLimit from '@fastify/rate-limit';
import {
  deviceCreateBody, deviceCreateReply, deviceParams, deviceUnlockBody, deviceUnlockRefusal, deviceUnlockReply, errorReply, staffDevice,
  staffDeviceListReply, type MeReply,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, type CookieRules } from '../cookies.ts';
import type { LoginUser } from '../login.repository.ts';
import type { AuthPolicy } from '../policy.ts';
import { actorOf } from '../require-role.ts';
import { csrfTokenFor } from '../tokens.ts';
import type { StaffDeviceService, UnlockFailure } from './staff-devices.service.ts';

const TAGS = ['staff-app'];

const MESSAGES: Record<UnlockFailure, string> = {
  unknown_device: 'this phone is not signed in here; sign in with password and code',
  device_revoked: 'a manager has revoked this phone; sign in with password and code',
  device_ended: 'this phone was signed out; sign in with password and code',
  device_expired: 'the working day of this sign-in is over; sign in with password and code',
  wrong_pin: 'wrong PIN',
  pin_tries: 'too many wrong PINs; sign in with password and code',
  no_access: 'this account has no access to the staff app any longer',
};

export interface StaffDeviceRouteDeps {
  service: StaffDeviceService;
  policy: AuthPolicy;
  cookies: CookieRules;
  me: (user: LoginUser) => Promise<MeReply>;
}

/** Sign a phone in for the working day, unlock it with the PIN, and list and revoke devices. */
export function staffDeviceRoutes(deps: StaffDeviceRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(rateLimit, { global: false });
    const limited = { rateLimit: { max: deps.policy.rateLimit.max, timeWindow: deps.policy.rateLimit.windowMs } };
    const errors = { 400: errorReply, 403: errorReply, 404: errorReply };

    app.post('/api/v1/staff-devices', {
      schema: { tags: TAGS, summary: 'After the full sign-in: keep this phone signed in for the working day, unlocked by a PIN', body: deviceCreateBody, response: { 201: deviceCreateReply, ...errors } },
    }, async (req, reply) => reply.status(201).send(await deps.service.create(actorOf(req), req.body)));

    app.post('/api/v1/auth/device-unlock', {
      config: limited,
      schema: { tags: TAGS, summary: 'The PIN and the phone\'s secret start a session; five wrong PINs end the device', body: deviceUnlockBody, response: { 200: deviceUnlockReply, 401: deviceUnlockRefusal, 403: deviceUnlockRefusal, 429: errorReply } },
    }, async (req, reply) => {
      const result = await deps.service.unlock(req.body, req.ip);
      if (!result.ok) {
        return reply.status(result.reason === 'no_access' ? 403 : 401).send({
          error: result.reason, message: MESSAGES[result.reason], ...(result.triesLeft !== undefined && { triesLeft: result.triesLeft }),
        });
      }
      void reply.setCookie(SESSION_COOKIE, result.sessionToken, deps.cookies.session(req));
      return { csrfToken: csrfTokenFor(result.sessionToken), me: await deps.me(result.user), expiresAt: result.expiresAt.toISOString() };
    });

    app.get('/api/v1/staff-devices', {
      schema: { tags: TAGS, summary: 'The provider\'s staff phones of the last week, live and ended (provider manager)', response: { 200: staffDeviceListReply, ...errors } },
    }, async (req) => ({ devices: await deps.service.list(actorOf(req)) }));

    app.post('/api/v1/staff-devices/:id/end', {
      schema: { tags: TAGS, summary: 'End a phone\'s sign-in: staff their own (signing out), a manager her staff\'s (revoke, which ends their sessions)', params: deviceParams, response: { 200: staffDevice, ...errors } },
    }, async (req) => deps.service.end(actorOf(req), req.params.id));
  };
}

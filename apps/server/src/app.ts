import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { scheduleCheckpoints } from './audit/checkpoint-schedule.ts';
import { signingAuditRows } from './audit/row-signer.ts';
import type { Config } from './config.ts';
import type { Database } from './db/connect.ts';
import { httpError } from './http-errors.ts';
import { guardInput } from './input-guard.ts';
import { securityHeaders } from './security-headers.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import authPlugin from './auth/auth.plugin.ts';
import { authPolicy, type AuthPolicy } from './auth/policy.ts';
import type { RouteAccess } from './auth/permissions.ts';
import { clientRoutes } from './modules/clients/clients.routes.ts';
import { monthCloseRoutes } from './modules/month-close/month-close.routes.ts';
import { nfcTagRoutes } from './modules/nfc-tags/nfc-tags.routes.ts';
import { registrationRoutes } from './modules/registrations/registrations.routes.ts';
import { feeRoutes } from './modules/fees/fees.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { dayPlanRoutes } from './modules/day-plans/day-plans.routes.ts';
import { pooledPlanner } from './modules/day-plans/planner.ts';
import { JobPool } from './jobs/pool.ts';
import { decisionRoutes } from './modules/decisions/decisions.routes.ts';
import { orderRoutes } from './modules/orders/orders.routes.ts';
import { planRoutes } from './modules/plans/plans.routes.ts';
import { deviationRoutes } from './modules/deviations/deviations.routes.ts';
import { visitRoutes } from './modules/visits/visits.routes.ts';
import { messageRoutes } from './modules/messages/messages.routes.ts';
import { municipalityRoutes } from './modules/municipality/municipality.routes.ts';
import { settingsRoutes } from './modules/settings/settings.routes.ts';
import { settingsPreviewRoutes } from './modules/settings/settings-preview.routes.ts';
import { districtRoutes } from './modules/districts/districts.routes.ts';
import { providerRoutes } from './modules/providers/providers.routes.ts';
import { unitRoutes } from './modules/units/units.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { todoRoutes } from './modules/todo/todo.routes.ts';
import { followUpRoutes } from './modules/follow-up/follow-up.routes.ts';
import { exceptionRoutes } from './modules/exceptions/exceptions.routes.ts';
import { deviationImportRoutes } from './modules/deviation-import/deviation-import.routes.ts';
import { reportRoutes } from './modules/reports/reports.routes.ts';
import { staffAppRoutes } from './modules/staff-app/staff-app.routes.ts';
import { monthBoardRoutes } from './modules/month-close/board.routes.ts';
import { whatIfRoutes } from './modules/what-if/what-if.routes.ts';
import { serveWeb } from './web/serve-web.ts';
import { clientAccessRoutes } from './modules/client-view/access.routes.ts';
import { myViewRoutes } from './modules/client-view/my-view.routes.ts';

export interface AppOptions {
  /** Told of every route as it is added: the tests that walk every route use it. */
  onRoute?: (route: RouteOptions) => void;
  logger?: boolean;
  /** The clock of sessions and lockouts; tests move it. */
  now?: () => Date;
  auth?: Partial<AuthPolicy>;
  /** Declarations for routes a test adds beyond the permissions table (auth/permissions.ts). */
  permissions?: Readonly<Record<string, RouteAccess>>;
}

/** The whole HTTP application, built from its configuration and database: no globals. */
export async function buildApp(config: Config, unsigned: Database, options: AppOptions = {}): Promise<FastifyInstance> {
  // Every audit row written through the app carries the server's signature (audit/row-signer.ts).
  const database = signingAuditRows(unsigned, config.audit.key);
  const app = Fastify({ logger: options.logger ?? false, trustProxy: config.trustProxy });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.addHook('preValidation', guardInput);
  // Heavy work runs in worker threads (jobs/pool.ts), stopped with the app.
  const jobs = new JobPool({ workers: config.jobs.workers, queue: config.jobs.queue, perKey: config.jobs.perMunicipality });
  app.addHook('onClose', () => jobs.close());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((err, _req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      return reply.status(400).send({
        error: 'bad_request',
        message: err.validation.map((v) => `${v.instancePath || '(body)'}: ${v.message}`).join('; '),
        ...(first ? { path: first.instancePath } : {}),
      });
    }
    const known = httpError(err);
    if (known) return reply.status(known.status).headers(known.headers ?? {}).send(known.body);
    const e = err as { statusCode?: unknown; code?: unknown; message?: unknown };
    const status = typeof e.statusCode === 'number' && e.statusCode < 500 ? e.statusCode : 500;
    if (status === 500) app.log.error(err);
    return reply.status(status).send({
      error: status === 500 ? 'internal' : typeof e.code === 'string' ? e.code : 'error',
      message: status === 500 ? 'internal error' : String(e.message),
    });
  });
  // The web app at `/` (when built), with its history fallback; the API keeps its JSON 404.
  await serveWeb(app, config.webDir, (req, reply) =>
    reply.status(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url}` }),
  );

  await securityHeaders(app, config.publicUrl);
  await app.register(swagger, {
    openapi: { info: { title: 'Hemma API', version: '0.1.0', description: 'Home care (hemtjänst): orders, visits, statements, fees.' } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  scheduleCheckpoints(app, database, config.audit, options.now ?? (() => new Date()));
  await app.register(authPlugin, { database, now: options.now ?? (() => new Date()), policy: authPolicy(options.auth), publicUrl: config.publicUrl, ...(options.permissions && { permissions: options.permissions }) });
  await app.register(healthRoutes(database));
  await app.register(clientRoutes(database));
  await app.register(monthCloseRoutes(database));
  await app.register(nfcTagRoutes(database));
  await app.register(registrationRoutes(database));
  await app.register(feeRoutes(database));
  await app.register(auditRoutes(database, config.audit));
  await app.register(dayPlanRoutes(database, pooledPlanner(jobs, config.jobs)));
  // The care itself: decisions, orders, plans, deviations, visits, the dialogue.
  await app.register(decisionRoutes(database));
  await app.register(orderRoutes(database));
  await app.register(planRoutes(database));
  await app.register(deviationRoutes(database));
  await app.register(visitRoutes(database));
  await app.register(messageRoutes(database));
  await app.register(municipalityRoutes(database));
  await app.register(settingsRoutes(database));
  await app.register(settingsPreviewRoutes(database));
  await app.register(districtRoutes(database));
  await app.register(providerRoutes(database));
  await app.register(unitRoutes(database));
  await app.register(staffRoutes(database));
  await app.register(userRoutes(database));
  // The office web app's own views over the same data.
  await app.register(todoRoutes(database));
  await app.register(followUpRoutes(database));
  await app.register(exceptionRoutes(database));
  await app.register(deviationImportRoutes(database));
  await app.register(reportRoutes(database));
  // The staff phone app (/personal/).
  await app.register(staffAppRoutes(database));
  await app.register(monthBoardRoutes(database));
  await app.register(whatIfRoutes(database));
  await app.register(clientAccessRoutes(database));
  await app.register(myViewRoutes(database));
  return app;
}

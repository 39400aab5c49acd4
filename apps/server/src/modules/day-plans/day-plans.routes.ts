import { dayPlanQuery, dayPlanReply, recostBody, shiftsBody } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { makeDayPlan, recostDayPlan } from './day-plans.service.ts';
import type { DayPlanner } from './planner.ts';
import { replaceShifts } from './shifts.service.ts';

const tags = ['planning'];

export function dayPlanRoutes(database: Database, planner: DayPlanner): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/day-plans', {
      schema: { tags, summary: 'A day plan for a provider or unit: routes, travel time and continuity', querystring: dayPlanQuery, response: { 200: dayPlanReply } },
    }, (req) => makeDayPlan(database, actorOf(req), req.query, planner));

    app.post('/api/v1/day-plans/recost', {
      schema: { tags, summary: 'Times, travel and broken rules of a plan after visits were moved by hand', body: recostBody, response: { 200: dayPlanReply } },
    }, (req) => recostDayPlan(database, actorOf(req), req.body));

    app.put('/api/v1/shifts', {
      schema: { tags, summary: 'The shifts of a day for the provider\'s staff (replaces that day\'s shifts of those staff)', body: shiftsBody, response: { 204: z.null() } },
    }, async (req, reply) => {
      await replaceShifts(database, actorOf(req), req.body.date, req.body.shifts);
      return reply.status(204).send(null);
    });
  };
}

import {
  dayPlanQuery, dayPlanReply, dayShiftsQuery, dayShiftsReply, errorReply, recostBody, shiftExceptionBody, shiftExceptionParams, shiftExceptionRangeBody,
  shiftExceptionRangeQuery, shiftPatternBody, shiftPatternQuery, shiftPatternReply, shiftStaffParams, shiftsBody, staffShiftsQuery, staffShiftsReply,
  weekPlanQuery, weekPlanReply,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { makeDayPlan, recostDayPlan } from './day-plans.service.ts';
import type { DayPlanner } from './planner.ts';
import { replaceShifts } from './shifts.service.ts';
import {
  deleteShiftException, deleteShiftExceptions, getShiftPattern, putShiftException, putShiftExceptions, putShiftPattern, shiftsOfProviderDay, staffShifts,
} from './shift-patterns.service.ts';
import { weekPlan } from './week-plan.service.ts';

const tags = ['planning'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply };

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

    app.get('/api/v1/shifts', {
      schema: { tags, summary: 'The shifts of a day for a provider\'s staff, as the planner takes them (weekly pattern unless the date is an exception)', querystring: dayShiftsQuery, response: { 200: dayShiftsReply, ...errors } },
    }, async (req) => ({ date: req.query.date, shifts: (await shiftsOfProviderDay(database, actorOf(req), req.query.date, req.query.provider)).map((s) => ({ ...s, skills: [...s.skills] })) }));

    app.get('/api/v1/week-plans', {
      schema: { tags, summary: 'Who visits whom over a week, from the plans, over the staff\'s shifts', querystring: weekPlanQuery, response: { 200: weekPlanReply, ...errors } },
    }, (req) => weekPlan(database, actorOf(req), req.query));

    app.get('/api/v1/staff/:staff/shifts', {
      schema: { tags, summary: 'A staff member\'s days over a period (at most 62): shifts as the planner takes them and the exception behind each', params: shiftStaffParams, querystring: staffShiftsQuery, response: { 200: staffShiftsReply, ...errors } },
    }, (req) => staffShifts(database, actorOf(req), req.params.staff, req.query.from, req.query.to));

    app.post('/api/v1/staff/:staff/shift-exceptions', {
      schema: { tags, summary: 'Make every date of a period an exception alike (none: days off), with a reason', params: shiftStaffParams, body: shiftExceptionRangeBody, response: { 200: shiftPatternReply, ...errors } },
    }, (req) => putShiftExceptions(database, actorOf(req), req.params.staff, req.body));

    app.delete('/api/v1/staff/:staff/shift-exceptions', {
      schema: { tags, summary: 'Give every date of a period back to the weekly pattern', params: shiftStaffParams, querystring: shiftExceptionRangeQuery, response: { 204: z.null(), ...errors } },
    }, async (req, reply) => {
      await deleteShiftExceptions(database, actorOf(req), req.params.staff, req.query.from, req.query.to);
      return reply.status(204).send(null);
    });

    app.get('/api/v1/staff/:staff/shift-pattern', {
      schema: { tags, summary: 'A staff member\'s weekly shifts and the exceptions by date', params: shiftStaffParams, querystring: shiftPatternQuery, response: { 200: shiftPatternReply, ...errors } },
    }, (req) => getShiftPattern(database, actorOf(req), req.params.staff, req.query));

    app.put('/api/v1/staff/:staff/shift-pattern', {
      schema: { tags, summary: 'Replace a staff member\'s weekly shifts', params: shiftStaffParams, body: shiftPatternBody, response: { 200: shiftPatternReply, ...errors } },
    }, (req) => putShiftPattern(database, actorOf(req), req.params.staff, req.body));

    app.put('/api/v1/staff/:staff/shift-exceptions/:date', {
      schema: { tags, summary: 'Make a date an exception: these shifts instead of the pattern (none: a day off)', params: shiftExceptionParams, body: shiftExceptionBody, response: { 200: shiftPatternReply, ...errors } },
    }, (req) => putShiftException(database, actorOf(req), req.params.staff, req.params.date, req.body));

    app.delete('/api/v1/staff/:staff/shift-exceptions/:date', {
      schema: { tags, summary: 'Give a date back to the weekly pattern', params: shiftExceptionParams, response: { 204: z.null(), ...errors } },
    }, async (req, reply) => {
      await deleteShiftException(database, actorOf(req), req.params.staff, req.params.date);
      return reply.status(204).send(null);
    });
  };
}

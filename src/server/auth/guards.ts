// Small guards for route handlers: who is calling, and may this role use this API at all.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { Role } from '../db/schema.ts';
import { hasRole, type Actor } from './actor.ts';

export interface PersonActor extends Actor {
  kind: 'person';
  personId: string;
}

export function requireActor(req: FastifyRequest): PersonActor {
  const a = req.actor;
  if (!a || a.kind !== 'person' || !a.personId) throw new AppError('unauthenticated');
  return a as PersonActor;
}

/** For whole APIs that belong to a role (administration, funder views). Records use 404 instead. */
export function requireRole(req: FastifyRequest, ...roles: Role[]): PersonActor {
  const a = requireActor(req);
  if (!roles.some((r) => hasRole(a, r))) throw new AppError('forbidden');
  return a;
}

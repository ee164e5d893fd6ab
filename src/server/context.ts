// Request context (request id, caller, client address) carried through async calls, so the audit helper
// and the logger know who is acting without every function passing it along.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from './auth/actor.ts';

export interface RequestContext {
  requestId: string | null;
  clientAddress: string | null;
  actor: Actor | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext {
  return storage.getStore() ?? { requestId: null, clientAddress: null, actor: null };
}

export function enterContext(ctx: RequestContext): void {
  storage.enterWith(ctx);
}

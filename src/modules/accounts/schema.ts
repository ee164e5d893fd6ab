import { z } from 'zod';
import { DISCIPLINES, ROLES } from '../../server/db/schema.ts';

export const email = z.string().trim().toLowerCase().email().max(254);
export const password = z.string().min(10).max(200);

export const loginBody = z.object({ email, password: z.string().min(1).max(200) });
export const resetRequestBody = z.object({ email });
export const resetConfirmBody = z.object({ token: z.string().min(10).max(200), password });
export const updateMeBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(['nl', 'en']).optional(),
  /** also an e-mail (a link, never content) when a message waits in the app */
  mailNotifications: z.boolean().optional(),
});
export const createTokenBody = z.object({ name: z.string().trim().min(1).max(100).optional() }).optional();
export const idParams = z.object({ id: z.uuid() });

export const membershipOut = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  discipline: z.enum(DISCIPLINES).nullable(),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  neighbourhood: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const loginOut = z.object({
  user: z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)) }),
  csrfToken: z.string().nullable(),
});

export const meOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  locale: z.enum(['nl', 'en']),
  roles: z.array(z.enum(ROLES)),
  memberships: z.array(membershipOut),
  navigation: z.array(z.object({ key: z.string() })),
  csrfToken: z.string().nullable(),
  /** For residents, the id of their own record (their person id); null for everyone else. */
  user: z.object({ residentId: z.string().nullable() }),
  /** whether a new message in the app also sends an e-mail (a link only) */
  mailNotifications: z.boolean(),
});

export const tokenListOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      prefix: z.string(),
      createdAt: z.string(),
      lastUsedAt: z.string().nullable(),
    }),
  ),
});
export const tokenCreatedOut = z.object({ id: z.string(), name: z.string(), token: z.string() });

export const accessLogOut = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      object: z.string(),
      basis: z.string(),
      /** for an emergency access: the reason the professional gave */
      reason: z.string().nullable(),
      reportable: z.boolean(),
      reported: z.boolean(),
    }),
  ),
});

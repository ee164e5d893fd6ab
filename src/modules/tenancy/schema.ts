import { z } from 'zod';
import { DISCIPLINES, ORGANISATION_TYPES, ROLES } from '../../server/db/schema.ts';
import { email, membershipOut, password } from '../accounts/schema.ts';
import { bilingual } from '../../server/errors.ts';

export const idParams = z.object({ id: z.uuid() });
export const membershipParams = z.object({ id: z.uuid(), membershipId: z.uuid() });

export const regionOut = z.object({ id: z.string(), name: z.string() });
export const regionBody = z.object({ name: z.string().trim().min(1).max(200) });

export const neighbourhoodBody = z.object({
  regionId: z.uuid(),
  cbsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^WK\d{6}$/,
      bilingual(
        'CBS-wijkcode: WK gevolgd door 6 cijfers, bijvoorbeeld WK034401',
        'CBS district code: WK followed by 6 digits, e.g. WK034401',
      ),
    ),
  name: z.string().trim().min(1).max(200),
  municipalityCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^GM\d{4}$/,
      bilingual(
        'Gemeentecode: GM gevolgd door 4 cijfers, bijvoorbeeld GM0344',
        'Municipality code: GM followed by 4 digits, e.g. GM0344',
      ),
    ),
  population: z.number().int().min(0).max(10_000_000),
});
export const neighbourhoodOut = z.object({
  id: z.string(),
  regionId: z.string(),
  cbsCode: z.string(),
  name: z.string(),
  municipalityCode: z.string(),
  population: z.number(),
});
export const neighbourhoodDetailOut = neighbourhoodOut.extend({
  organisations: z.array(z.object({ id: z.string(), name: z.string(), type: z.enum(ORGANISATION_TYPES) })),
});

const eightDigits = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{8}$/, bilingual(`${what}: 8 cijfers`, `${what}: 8 digits`));
export const organisationBody = z.object({
  regionId: z.uuid(),
  name: z.string().trim().min(1).max(200),
  type: z.enum(ORGANISATION_TYPES),
  agbCode: eightDigits('AGB-code').nullable().optional(),
  kvkNumber: eightDigits('KvK-nummer').nullable().optional(),
  neighbourhoodIds: z.array(z.uuid()).max(500).default([]),
});
export const organisationOut = z.object({
  id: z.string(),
  regionId: z.string(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  agbCode: z.string().nullable(),
  kvkNumber: z.string().nullable(),
  neighbourhoodIds: z.array(z.string()),
});
export const organisationDetailOut = organisationOut.extend({
  neighbourhoods: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const peopleQuery = z.object({ q: z.string().trim().max(200).optional() });
export const personBody = z.object({
  name: z.string().trim().min(1).max(200),
  email,
  password: password.optional(),
});
export const personPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  email: email.optional(),
});
export const personOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  lockedUntil: z.string().nullable(),
});
export const personDetailOut = personOut.extend({ memberships: z.array(membershipOut) });

export const membershipBody = z
  .object({
    role: z.enum(ROLES),
    discipline: z.enum(DISCIPLINES).nullable().optional(),
    organisationId: z.uuid().nullable().optional(),
    neighbourhoodId: z.uuid().nullable().optional(),
  })
  .superRefine((m, ctx) => {
    if (m.role === 'professional' && !m.discipline)
      ctx.addIssue({
        code: 'custom',
        path: ['discipline'],
        message: bilingual('Dit veld is verplicht voor deze rol.', 'This field is required for this role.'),
      });
    if (m.role !== 'professional' && m.discipline)
      ctx.addIssue({
        code: 'custom',
        path: ['discipline'],
        message: bilingual(
          'Alleen een professional heeft een discipline.',
          'Only a professional has a discipline.',
        ),
      });
    if (['professional', 'provider_editor', 'funder'].includes(m.role) && !m.organisationId)
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: bilingual('Dit veld is verplicht voor deze rol.', 'This field is required for this role.'),
      });
    if (m.role === 'coordinator' && !m.neighbourhoodId)
      ctx.addIssue({
        code: 'custom',
        path: ['neighbourhoodId'],
        message: bilingual('Dit veld is verplicht voor deze rol.', 'This field is required for this role.'),
      });
  });

export const list = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });

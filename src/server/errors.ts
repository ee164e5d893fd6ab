// One error type, one wire format (RFC 9457 problem+json), codes mapped to HTTP status in one place.
import type { Locale } from './i18n.ts';

export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_token: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  too_large: 413,
  account_locked: 429,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

const TITLES: Record<ErrorCode, Record<Locale, string>> = {
  validation_failed: {
    nl: 'Niet alle gegevens zijn goed ingevuld.',
    en: 'Some of the data is not filled in correctly.',
  },
  invalid_token: {
    nl: 'Deze link of code is ongeldig of verlopen.',
    en: 'This link or code is invalid or has expired.',
  },
  unauthenticated: { nl: 'U bent niet ingelogd.', en: 'You are not logged in.' },
  invalid_credentials: {
    nl: 'Het e-mailadres of wachtwoord klopt niet.',
    en: 'The email address or password is not correct.',
  },
  forbidden: { nl: 'U mag dit niet doen.', en: 'You are not allowed to do this.' },
  csrf_failed: {
    nl: 'De aanvraag is geweigerd omdat de beveiligingscode ontbrak. Laad de pagina opnieuw.',
    en: 'The request was refused because the security code was missing. Reload the page.',
  },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  too_large: {
    nl: 'Wat u stuurt is te groot. Stuur minder tegelijk.',
    en: 'What you sent is too large. Send less at a time.',
  },
  conflict: {
    nl: 'Dit bestaat al of botst met iets dat al bestaat.',
    en: 'This already exists or conflicts with existing data.',
  },
  invalid_transition: { nl: 'Deze stap is nu niet mogelijk.', en: 'This step is not possible now.' },
  account_locked: {
    nl: 'Te veel mislukte pogingen. Het account is tijdelijk op slot; probeer het later opnieuw.',
    en: 'Too many failed attempts. The account is locked for a while; try again later.',
  },
  rate_limited: {
    nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Wat u invulde is niet verloren; probeer het opnieuw.',
    en: 'Something went wrong on our side. What you entered is not lost; please try again.',
  },
};

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly detail?: string,
    public readonly errors: FieldError[] = [],
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? code);
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = () => new AppError('not_found');

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  errors: FieldError[];
  [key: string]: unknown;
}

export function toProblem(err: AppError, locale: Locale, instance?: string): Problem {
  return {
    type: `urn:wijkpunt:problem:${err.code}`,
    title: TITLES[err.code][locale],
    status: err.status,
    code: err.code,
    detail: err.detail ? oneLanguage(err.detail, locale) : TITLES[err.code][locale],
    ...(instance ? { instance } : {}),
    errors: err.errors.map((e) => ({ path: e.path, message: oneLanguage(e.message, locale) })),
    ...err.extra,
  };
}

// Database constraints that users can run into, with the field they concern and what to say.
// Constraint names never reach the client; an unknown one gives a general message.
const CONSTRAINTS: Record<string, { path: string; nl: string; en: string }> = {
  neighbourhood_cbs_code_key: {
    path: 'body.cbsCode',
    nl: 'Er is al een wijk met deze CBS-code.',
    en: 'A neighbourhood with this CBS code already exists.',
  },
  person_email_key: {
    path: 'body.email',
    nl: 'Er is al een account met dit e-mailadres.',
    en: 'An account with this email address already exists.',
  },
  organisation_region_id_name_key: {
    path: 'body.name',
    nl: 'Er is al een organisatie met deze naam in deze regio.',
    en: 'An organisation with this name already exists in this region.',
  },
  region_name_key: {
    path: 'body.name',
    nl: 'Er is al een regio met deze naam.',
    en: 'A region with this name already exists.',
  },
  membership_unique: {
    path: 'body.role',
    nl: 'Deze persoon heeft deze rol hier al.',
    en: 'This person already has this role here.',
  },
  neighbourhood_region_id_fkey: {
    path: 'body.regionId',
    nl: 'Deze regio bestaat niet.',
    en: 'This region does not exist.',
  },
  organisation_region_id_fkey: {
    path: 'body.regionId',
    nl: 'Deze regio bestaat niet.',
    en: 'This region does not exist.',
  },
  organisation_neighbourhood_neighbourhood_id_fkey: {
    path: 'body.neighbourhoodIds',
    nl: 'Een van de gekozen wijken bestaat niet.',
    en: 'One of the chosen neighbourhoods does not exist.',
  },
  membership_organisation_id_fkey: {
    path: 'body.organisationId',
    nl: 'Deze organisatie bestaat niet.',
    en: 'This organisation does not exist.',
  },
  membership_neighbourhood_id_fkey: {
    path: 'body.neighbourhoodId',
    nl: 'Deze wijk bestaat niet.',
    en: 'This neighbourhood does not exist.',
  },
};

/** Maps a PostgreSQL constraint violation to a 409 (duplicate) or 400 that names the field where it can. */
export function fromDatabaseError(err: unknown, locale: Locale = 'nl'): AppError | null {
  const e = err as { code?: string; constraint?: string } | null;
  const known = e?.constraint ? CONSTRAINTS[e.constraint] : undefined;
  const errors = known ? [{ path: known.path, message: known[locale] }] : [];
  if (e?.code === '23505') return new AppError('conflict', known?.[locale], errors);
  if (e?.code === '23514' || e?.code === '23502' || e?.code === '23503')
    return new AppError('validation_failed', known?.[locale], errors);
  return null;
}

const SEPARATOR = '||';
/** A validation message in both languages; the error handler picks the caller's. */
export const bilingual = (nl: string, en: string) => `${nl}${SEPARATOR}${en}`;
/** A message made with bilingual() in the caller's language; any other message as it is. */
const oneLanguage = (message: string, locale: Locale) => pickLanguage(message, locale) ?? message;
export function pickLanguage(message: string, locale: Locale): string | null {
  const i = message.indexOf(SEPARATOR);
  if (i < 0) return null;
  return locale === 'nl' ? message.slice(0, i) : message.slice(i + SEPARATOR.length);
}

/**
 * What the log may keep of an unexpected error. A database error's message, detail and "where" can quote
 * the values of a row (`Key (email)=(…) already exists`), so for those only the code and the names of
 * the table, column and constraint go to the log, with the stack frames below the message.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const fields = err as Error & Record<string, unknown>;
  if (typeof fields.severity !== 'string' || typeof fields.code !== 'string') {
    return { type: err.name, message: err.message, stack: err.stack };
  }
  const frames = (err.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return {
    type: err.name,
    code: fields.code,
    routine: fields.routine,
    table: fields.table,
    column: fields.column,
    constraint: fields.constraint,
    stack: frames.join('\n'),
  };
}

import { describe, expect, it } from 'vitest';
import {
  AppError,
  bilingual,
  ERROR_STATUS,
  fromDatabaseError,
  loggableError,
  pickLanguage,
  toProblem,
} from './errors.ts';

describe('problem details', () => {
  it('maps every code to one status and renders RFC 9457 fields in the chosen language', () => {
    const err = new AppError('validation_failed', undefined, [{ path: 'body.email', message: 'x' }]);
    expect(err.status).toBe(400);
    const nl = toProblem(err, 'nl', '/api/v1/x');
    expect(nl).toMatchObject({
      type: 'urn:wijkpunt:problem:validation_failed',
      status: 400,
      code: 'validation_failed',
      instance: '/api/v1/x',
      errors: [{ path: 'body.email', message: 'x' }],
    });
    expect(toProblem(err, 'en').title).not.toBe(nl.title);
    for (const [code, status] of Object.entries(ERROR_STATUS))
      expect(new AppError(code as keyof typeof ERROR_STATUS).status).toBe(status);
  });

  it("answers a bilingual detail or field message in the caller's language only", () => {
    const err = new AppError('validation_failed', bilingual('Kapot', 'Broken'), [
      { path: 'body.x', message: bilingual('Kies een wijk.', 'Choose a neighbourhood.') },
      { path: 'body.y', message: 'al in één taal' },
    ]);
    expect(toProblem(err, 'en')).toMatchObject({
      detail: 'Broken',
      errors: [
        { path: 'body.x', message: 'Choose a neighbourhood.' },
        { path: 'body.y', message: 'al in één taal' },
      ],
    });
    expect(toProblem(err, 'nl').errors[0]?.message).toBe('Kies een wijk.');
  });

  it('picks one language from a bilingual message', () => {
    const m = bilingual('Verplicht', 'Required');
    expect(pickLanguage(m, 'nl')).toBe('Verplicht');
    expect(pickLanguage(m, 'en')).toBe('Required');
    expect(pickLanguage('plain', 'en')).toBeNull();
  });

  it('turns PostgreSQL constraint errors into 409 and 400, and leaves others alone', () => {
    const dup = fromDatabaseError({ code: '23505', constraint: 'neighbourhood_cbs_code_key' }, 'en')!;
    expect(dup.status).toBe(409);
    expect(dup.errors).toEqual([
      { path: 'body.cbsCode', message: 'A neighbourhood with this CBS code already exists.' },
    ]);
    // Unknown constraint names are not shown to the caller.
    expect(fromDatabaseError({ code: '23505', constraint: 'secret_internal_key' })!.errors).toEqual([]);
    expect(fromDatabaseError({ code: '23514', constraint: 'x_check' })?.status).toBe(400);
    expect(fromDatabaseError({ code: '42P01' })).toBeNull();
    expect(fromDatabaseError(new Error('boom'))).toBeNull();
  });

  it('keeps the values of a row out of the log of a database error', () => {
    const dbErr = Object.assign(
      new Error('duplicate key value violates unique constraint "person_email_key"'),
      {
        severity: 'ERROR',
        code: '23505',
        detail: 'Key (email)=(anna@example.nl) already exists.',
        table: 'person',
        constraint: 'person_email_key',
      },
    );
    const logged = JSON.stringify(loggableError(dbErr));
    expect(logged).not.toContain('anna@example.nl');
    expect(logged).toContain('23505');
    expect(logged).toContain('person_email_key');
    expect(loggableError(new Error('boom'))).toMatchObject({ type: 'Error', message: 'boom' });
  });
});

// Scoring for callers outside the instruments folder (HTTP, later the health check itself): find the
// instrument, validate the answers against its items, score. Pure: nothing is stored or logged.
import type { z } from 'zod';
import { AppError, bilingual, pickLanguage, type FieldError } from '../../server/errors.ts';
import { validationMessage } from '../../server/validation-messages.ts';
import type { ScoreResult } from './instruments/instrument.ts';
import { instrumentByCode } from './instruments/registry.ts';

export interface ScoreOptions {
  code: string;
  answers: unknown;
}

/** The instrument's result; 404 for an unknown code, 400 naming each wrong item under `body.answers`. */
export function scoreInstrument(o: ScoreOptions): ScoreResult {
  const instrument = instrumentByCode(o.code);
  if (!instrument) throw new AppError('not_found');
  const scored = instrument.score(o.answers);
  if (!scored.ok) throw new AppError('validation_failed', undefined, answerErrors(scored.issues));
  return scored.result;
}

const AT = ['body', 'answers'];

function answerErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((i): FieldError[] => {
    // An item id the instrument does not have: one error per id, at that id.
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => ({
        path: [...AT, key].join('.'),
        message: bilingual(
          'Deze vragenlijst heeft geen vraag met dit nummer.',
          'This questionnaire has no item with this id.',
        ),
      }));
    }
    const path = [...AT, ...i.path.map(String)].join('.');
    if (pickLanguage(i.message, 'nl') !== null) return [{ path, message: i.message }];
    const issue = { code: i.code, message: i.message, params: i as unknown as Record<string, unknown> };
    return [{ path, message: bilingual(validationMessage(issue, 'nl'), validationMessage(issue, 'en')) }];
  });
}

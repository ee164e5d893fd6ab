// Errors under /fhir/R4 leave as a FHIR OperationOutcome (the FHIR clients' error format) instead of the
// API's problem+json, with the same statuses and the same words in the caller's language. Each issue names
// the field as a FHIRPath expression (`Bundle.entry[3].resource.code`) or the search parameter or header.
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import {
  AppError,
  fromDatabaseError,
  pickLanguage,
  toProblem,
  type ErrorCode,
} from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import { validationMessage } from '../../../server/validation-messages.ts';

export type IssueType = OperationOutcomeIssue['code'];

/** A FHIR answer with its own issues (an unsupported type, refused bundle entries). */
export class OutcomeError extends Error {
  constructor(
    readonly status: number,
    readonly issues: OperationOutcomeIssue[],
  ) {
    super(issues[0]?.diagnostics ?? 'OperationOutcome');
  }
}

/** One error issue; `diagnostics` may be bilingual() text, chosen in the caller's language on the way out. */
export const issue = (code: IssueType, diagnostics: string, expression?: string): OperationOutcomeIssue => ({
  severity: 'error',
  code,
  diagnostics,
  ...(expression ? { expression: [expression] } : {}),
});

const ISSUE_OF: Record<ErrorCode, IssueType> = {
  validation_failed: 'invalid',
  invalid_token: 'security',
  unauthenticated: 'login',
  invalid_credentials: 'login',
  forbidden: 'forbidden',
  csrf_failed: 'security',
  not_found: 'not-found',
  conflict: 'conflict',
  invalid_transition: 'business-rule',
  too_large: 'too-long',
  account_locked: 'lock-error',
  rate_limited: 'throttled',
  internal: 'exception',
};

/** Where a validated part of the request is named: FHIRPath in the body, the name of a parameter or header. */
function expressionOf(context: string, segments: string[]): string {
  if (context !== 'body') return segments.join('.') || context;
  return segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : `${path}.${s}`), 'Bundle');
}

export function toOutcome(
  err: FastifyError | Error,
  locale: Locale,
): { status: number; outcome: OperationOutcome } {
  const words = (s: string) => pickLanguage(s, locale) ?? s;
  if (err instanceof OutcomeError) {
    return {
      status: err.status,
      outcome: {
        resourceType: 'OperationOutcome',
        issue: err.issues.map((i) => (i.diagnostics ? { ...i, diagnostics: words(i.diagnostics) } : i)),
      },
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = err.validationContext ?? 'body';
    const issues = err.validation.flatMap((v): OperationOutcomeIssue[] => {
      const segments = v.instancePath.split('/').filter(Boolean);
      const keys = v.keyword === 'unrecognized_keys' ? (v.params.keys as string[] | undefined) : undefined;
      if (keys?.length) {
        // A search parameter we do not support is refused, not ignored: ignoring it would return more than asked.
        return keys.map((k) =>
          issue('not-supported', `${k}: ${words(notSupported)}`, expressionOf(context, [...segments, k])),
        );
      }
      const message =
        pickLanguage(v.message ?? '', locale) ??
        validationMessage({ code: v.keyword, message: v.message, params: v.params }, locale);
      const expression = expressionOf(context, segments);
      return [
        issue(v.keyword === 'invalid_value' ? 'value' : 'invalid', `${expression}: ${message}`, expression),
      ];
    });
    return { status: 400, outcome: { resourceType: 'OperationOutcome', issue: issues } };
  }
  const appErr = asAppError(err as FastifyError, locale);
  const problem = toProblem(appErr, locale);
  const code = ISSUE_OF[appErr.code];
  const issues = problem.errors.length
    ? problem.errors.map((e) => issue(code, e.message, e.path))
    : [issue(code, problem.detail ?? problem.title)];
  return { status: appErr.status, outcome: { resourceType: 'OperationOutcome', issue: issues } };
}

const notSupported = 'deze zoekparameter wordt niet ondersteund||this search parameter is not supported';

function asAppError(err: FastifyError, locale: Locale): AppError {
  if (err instanceof AppError) return err;
  if (err.statusCode === 429) return new AppError('rate_limited');
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('too_large');
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('validation_failed', err.message, [{ path: 'Bundle', message: err.message }]);
  }
  if (err.statusCode === 400) return new AppError('validation_failed', err.message);
  if (err.statusCode === 404) return new AppError('not_found');
  return fromDatabaseError(err, locale) ?? new AppError('internal');
}

import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api.ts';

export type FormValue = string | string[];
export type FieldErrors = Record<string, string>;

/** A message for the error summary; `field` is set when it belongs to a field on the form. */
export interface SummaryItem {
  field?: string;
  message: string;
}

/**
 * Turns a problem path into a field name: "body.email", "/body/email" and "email" all give
 * "email"; "neighbourhoodIds.0" gives "neighbourhoodIds" when that is a field of the form.
 */
export function fieldForPath(path: string, fields: readonly string[]): string | undefined {
  let p = path.trim().replace(/^\/+/, '').replace(/\//g, '.');
  if (p === 'body') p = '';
  if (p.startsWith('body.')) p = p.slice('body.'.length);
  if (fields.includes(p)) return p;
  const first = p.split('.')[0] ?? '';
  return fields.includes(first) ? first : undefined;
}

export interface Form<V extends Record<string, FormValue>> {
  values: V;
  set: <K extends keyof V & string>(name: K, value: V[K]) => void;
  reset: (values: V) => void;
  idFor: (name: keyof V & string) => string;
  errors: FieldErrors;
  /** Errors that could not be tied to a field of this form. */
  otherErrors: string[];
  /** The last failed request; FormFeedback shows it when it has no field errors. */
  problem: ApiError | null;
  busy: boolean;
  /** Increases after each failed submit, so the summary can take focus again. */
  attempt: number;
  /** Runs the action; on failure keeps the values and shows the server's messages. */
  submit: (action: () => Promise<void>) => Promise<boolean>;
  /** Shows errors found in the browser (e.g. two passwords that differ) without a request. */
  fail: (errors: FieldErrors) => void;
}

export function useForm<V extends Record<string, FormValue>>(formId: string, initial: V): Form<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const running = useRef(false);
  const fields = Object.keys(values);

  const set = useCallback(<K extends keyof V & string>(name: K, value: V[K]) => {
    setValues((old) => ({ ...old, [name]: value }));
  }, []);

  const clear = () => {
    setErrors({});
    setOtherErrors([]);
    setProblem(null);
  };

  const fail = (next: FieldErrors) => {
    clear();
    setErrors(next);
    setAttempt((n) => n + 1);
  };

  const submit = async (action: () => Promise<void>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      await action();
      clear();
      return true;
    } catch (error) {
      clear();
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] });
      const byField: FieldErrors = {};
      const other: string[] = [];
      for (const { path, message } of apiError.errors) {
        const field = fieldForPath(path, fields);
        if (field && !byField[field]) byField[field] = message;
        else if (!field) other.push(message);
      }
      setErrors(byField);
      setOtherErrors(other);
      setProblem(apiError);
      setAttempt((n) => n + 1);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return {
    values,
    set,
    reset: (next: V) => {
      setValues(next);
      clear();
    },
    idFor: (name) => `${formId}-${name}`,
    errors,
    otherErrors,
    problem,
    busy,
    attempt,
    submit,
    fail,
  };
}

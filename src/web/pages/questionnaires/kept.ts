// Resume later: the answers of a questionnaire are kept in this browser (localStorage) per url|version, with
// the screen the respondent was on, until she starts over. Nothing goes to the server for this. The page
// says so, and "Opnieuw beginnen" forgets them; a new version of the questionnaire starts empty.
import { useCallback, useEffect, useState } from 'react';
import type { Draft } from './answers.ts';

export interface Kept {
  answers: Draft;
  /** where she was: a screen's linkId, or "summary" */
  at: string | null;
}

const EMPTY: Kept = { answers: {}, at: null };
export const keptKey = (canonical: string) => `wijkpunt.questionnaire.${canonical}`;

/** The kept answers when they have the expected shape; otherwise nothing. */
export function readKept(canonical: string): Kept | null {
  try {
    const raw = window.localStorage.getItem(keptKey(canonical));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object') return null;
    const { answers, at } = parsed as Record<string, unknown>;
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return null;
    const out: Draft = {};
    for (const [linkId, value] of Object.entries(answers)) {
      if (typeof value === 'string') out[linkId] = value;
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[linkId] = value;
      else return null;
    }
    return { answers: out, at: typeof at === 'string' ? at : null };
  } catch {
    return null;
  }
}

function write(canonical: string, kept: Kept): void {
  try {
    // Nothing answered: nothing to resume, so nothing is left in the browser.
    if (!Object.values(kept.answers).some((v) => v.length > 0)) {
      window.localStorage.removeItem(keptKey(canonical));
    } else window.localStorage.setItem(keptKey(canonical), JSON.stringify(kept));
  } catch {
    // Storage can be full or blocked: the answers then last as long as the page.
  }
}

export interface KeptAnswers {
  answers: Draft;
  at: string | null;
  /** the page opened with answers given earlier */
  restored: boolean;
  setAnswer: (linkId: string, value: string | string[]) => void;
  setAt: (at: string | null) => void;
  /** forgets every answer, here and in the browser */
  clear: () => void;
}

export function useKeptAnswers(canonical: string): KeptAnswers {
  const [initial] = useState(() => readKept(canonical));
  const [kept, setKept] = useState<Kept>(initial ?? EMPTY);
  const [restored, setRestored] = useState(
    initial !== null && Object.values(initial.answers).some((v) => v.length > 0),
  );

  useEffect(() => write(canonical, kept), [canonical, kept]);

  const setAnswer = useCallback(
    (linkId: string, value: string | string[]) =>
      setKept((k) => ({ ...k, answers: { ...k.answers, [linkId]: value } })),
    [],
  );
  const setAt = useCallback((at: string | null) => setKept((k) => (k.at === at ? k : { ...k, at })), []);
  const clear = useCallback(() => {
    setKept(EMPTY);
    setRestored(false);
  }, []);

  return { answers: kept.answers, at: kept.at, restored, setAnswer, setAt, clear };
}

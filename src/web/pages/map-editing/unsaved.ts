// What the user typed but did not save yet, kept in this browser (localStorage) per change or new entry,
// so a reload, a lost connection or a refused save never loses it. Cleared once the server has it.
import { isFormValues, type FormValues } from './formModel.ts';

export interface Unsaved {
  values: FormValues;
  organizationId: string;
}

/** One user's unsaved input of one change (a revision id) or of a new entry ("new"). */
export const draftKeyFor = (personId: string, what: string) => `${personId}.${what}`;

const key = (draftKey: string) => `wijkpunt.mapEdit.unsaved.${draftKey}`;

export function readUnsaved(draftKey: string): Unsaved | null {
  try {
    const raw = window.localStorage.getItem(key(draftKey));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { values?: unknown; organizationId?: unknown };
    if (!isFormValues(parsed.values)) return null;
    return {
      values: parsed.values,
      organizationId: typeof parsed.organizationId === 'string' ? parsed.organizationId : '',
    };
  } catch {
    return null;
  }
}

export function writeUnsaved(draftKey: string, unsaved: Unsaved): void {
  try {
    window.localStorage.setItem(key(draftKey), JSON.stringify(unsaved));
  } catch {
    // Storage can be full or blocked; the form itself still holds the values.
  }
}

export function clearUnsaved(draftKey: string): void {
  try {
    window.localStorage.removeItem(key(draftKey));
  } catch {
    // Nothing to clear.
  }
}

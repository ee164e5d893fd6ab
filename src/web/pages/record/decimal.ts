/**
 * A measured value as people type it: "81,5" and "81.5" both mean 81.5. For whole numbers (steps) "12.500"
 * and "12 500" mean 12500, as in Dutch. Empty gives null; anything else goes as typed, so the server names
 * the problem at the field in its own words.
 */
export function parseMeasured(text: string, wholeNumber: boolean): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (wholeNumber && /^\d{1,3}([.\s]\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/[.\s]/g, ''));
  const plain = trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : trimmed;
}

/** A value for the form field: with a decimal comma in Dutch. */
export function formatMeasured(value: number | null, locale: 'nl' | 'en'): string {
  if (value === null) return '';
  const text = String(value);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

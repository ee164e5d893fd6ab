/**
 * A whole number as people type it: "12500", "12.500" and "12 500" all mean 12500. Empty gives null;
 * anything else is returned as typed, so the server names the problem in its own words.
 */
export function parseWholeNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const plain = /^\d{1,3}([.\s]\d{3})+$/.test(trimmed) ? trimmed.replace(/[.\s]/g, '') : trimmed;
  return /^\d+$/.test(plain) ? Number(plain) : trimmed;
}

// Thresholds are typed as percentages; the API takes numbers from 0 to 1.

/** 0.92 → "92"; 0.925 → "92,5" in Dutch, "92.5" in English. */
export const asPercentText = (value: number, locale: 'nl' | 'en') =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(value * 100);

/** "92", "92,5", "92.5" or "92 %" → 0.92 / 0.925; null when it is not a percentage from 1 to 100. */
export function parsePercent(text: string): number | null {
  const v = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  if (n < 1 || n > 100) return null;
  return Math.round(n * 10) / 1000;
}

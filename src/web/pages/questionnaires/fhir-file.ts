// Pure helpers of the import form (no React, no I/O): reading the chosen file as JSON, the questions of a
// Questionnaire that a scorer can be linked to with their answer codes, the scorer link the API takes, the
// item an error path points at, and the name of a downloaded file.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The file's text as a JSON object; null when it is not JSON or not an object. */
export function readJsonObject(content: string): Json | null {
  try {
    const value: unknown = JSON.parse(content.replace(/^\uFEFF/, ''));
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

export interface AnswerCode {
  /** the key the scorer link uses: a coding's code, the string, the number or true / false */
  key: string;
  display: string;
}

export interface LinkableQuestion {
  linkId: string;
  text: string;
  type: string;
  /** the answers it can give, when they can be listed */
  answers: AnswerCode[];
}

const LINKABLE = new Set(['choice', 'integer', 'decimal', 'boolean']);

function answersOf(item: Json, contained: Json[]): AnswerCode[] {
  if (item.type === 'boolean') {
    return [
      { key: 'true', display: 'true' },
      { key: 'false', display: 'false' },
    ];
  }
  const fromOptions = list(item.answerOption).flatMap((o): AnswerCode[] => {
    if (!isObject(o)) return [];
    if (isObject(o.valueCoding) && text(o.valueCoding.code)) {
      const code = text(o.valueCoding.code)!;
      return [{ key: code, display: text(o.valueCoding.display) ?? code }];
    }
    if (text(o.valueString) !== undefined)
      return [{ key: o.valueString as string, display: o.valueString as string }];
    if (typeof o.valueInteger === 'number')
      return [{ key: String(o.valueInteger), display: String(o.valueInteger) }];
    return [];
  });
  if (fromOptions.length) return fromOptions;
  const ref = text(item.answerValueSet);
  if (!ref?.startsWith('#')) return [];
  const vs = contained.find((c) => c.resourceType === 'ValueSet' && c.id === ref.slice(1));
  if (!vs) return [];
  const concept = (c: unknown): AnswerCode[] =>
    isObject(c) && text(c.code)
      ? [{ key: c.code as string, display: text(c.display) ?? (c.code as string) }]
      : [];
  const compose = isObject(vs.compose)
    ? list(vs.compose.include).flatMap((inc) => (isObject(inc) ? list(inc.concept) : []))
    : [];
  const expansion = isObject(vs.expansion) ? list(vs.expansion.contains) : [];
  return (compose.length ? compose : expansion).flatMap(concept);
}

/** Single-answer choice, number and yes/no questions in document order: the ones a scorer item can take. */
export function linkableQuestions(questionnaire: Json): LinkableQuestion[] {
  const contained = list(questionnaire.contained).filter(isObject);
  const walk = (items: unknown[]): LinkableQuestion[] =>
    items.filter(isObject).flatMap((item) => {
      const own =
        LINKABLE.has(String(item.type)) &&
        item.repeats !== true &&
        item.readOnly !== true &&
        text(item.linkId)
          ? [
              {
                linkId: item.linkId as string,
                text: text(item.text) ?? (item.linkId as string),
                type: String(item.type),
                answers: answersOf(item, contained),
              },
            ]
          : [];
      return [...own, ...walk(list(item.item))];
    });
  return walk(list(questionnaire.item));
}

/** The distinct answer codes of the given questions, in order of first appearance. */
export function distinctAnswers(questions: LinkableQuestion[]): AnswerCode[] {
  const seen = new Map<string, AnswerCode>();
  for (const q of questions) for (const a of q.answers) if (!seen.has(a.key)) seen.set(a.key, a);
  return [...seen.values()];
}

/** A value typed in the form: a number when it reads as one (comma or point), else the text. */
export function scorerValue(typed: string): string | number {
  const t = typed.trim();
  return /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t;
}

/**
 * The scorer link the API takes: per linked question its item (and day), and one value per answer code
 * that has one typed. `links` maps a linkId to `item` or `item@day`; empty means "not linked".
 */
export function scorerLink(
  instrument: string,
  links: Record<string, string>,
  values: Record<string, string>,
  licenceConfirmed: boolean | undefined,
) {
  const items: Record<string, { item: string; day?: number }> = {};
  for (const [linkId, target] of Object.entries(links)) {
    if (!target) continue;
    const at = target.lastIndexOf('@');
    items[linkId] =
      at > 0 ? { item: target.slice(0, at), day: Number(target.slice(at + 1)) } : { item: target };
  }
  const typed = Object.entries(values).filter(([, v]) => v.trim() !== '');
  return {
    instrument,
    items,
    ...(typed.length ? { values: Object.fromEntries(typed.map(([k, v]) => [k, scorerValue(v)])) } : {}),
    ...(licenceConfirmed !== undefined ? { licenceConfirmed } : {}),
  };
}

/** The linkId of the innermost item on an error's path inside the Questionnaire (`item.0.item.2.type`). */
export function linkIdAt(questionnaire: Json, path: string): string | null {
  let node: unknown = questionnaire;
  let linkId: string | null = null;
  for (const key of path ? path.split('.') : []) {
    if (!isObject(node) && !Array.isArray(node)) break;
    node = (node as Record<string, unknown>)[key];
    if (isObject(node) && text(node.linkId)) linkId = node.linkId as string;
  }
  return linkId;
}

/** A path as a person reads it: `item.0.item.2.answerOption` → `item 1 › item 3 › answerOption`. */
export function readablePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('.').filter(Boolean)) {
    if (/^\d+$/.test(part) && out.length) out[out.length - 1] += ` ${Number(part) + 1}`;
    else out.push(part);
  }
  return out.join(' › ');
}

/** The name of a downloaded definition: its title and version, e.g. `gad-7-versie-2.fhir.json`. */
export function fhirFileName(title: string | null, version: string | null, fallback: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const name = [slug(title ?? '') || fallback, version ? slug(version) : ''].filter(Boolean).join('-');
  return `${name}.fhir.json`;
}

// A questionnaire in the reader's language: FHIR carries translations of a string element `x` in the standard
// translation extension on its sibling `_x` (http://hl7.org/fhir/StructureDefinition/translation, with `lang`
// and `content`). This returns a copy in which every such string is replaced by its translation for `lang`
// where one exists (an 'en' reader also takes 'en-GB'); everything else stays as it was. Pure; used by the web
// pages before the engine reads the definition, so codes and linkIds never change, only what people read.
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function translationOf(sibling: Json | undefined, lang: string): string | undefined {
  if (!sibling || typeof sibling !== 'object' || Array.isArray(sibling)) return undefined;
  const extensions = sibling.extension;
  if (!Array.isArray(extensions)) return undefined;
  for (const ext of extensions) {
    if (!ext || typeof ext !== 'object' || Array.isArray(ext) || ext.url !== TRANSLATION) continue;
    const parts = Array.isArray(ext.extension) ? ext.extension : [];
    const part = (url: string) =>
      parts.find(
        (p): p is { [key: string]: Json } =>
          !!p && typeof p === 'object' && !Array.isArray(p) && p.url === url,
      );
    const code = part('lang')?.valueCode;
    const content = part('content')?.valueString;
    if (typeof code !== 'string' || typeof content !== 'string') continue;
    if (code.toLowerCase() === lang.toLowerCase() || code.toLowerCase().startsWith(`${lang.toLowerCase()}-`))
      return content;
  }
  return undefined;
}

function localize(node: Json, lang: string): Json {
  if (Array.isArray(node)) return node.map((n) => localize(n, lang));
  if (!node || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    const translated = typeof value === 'string' ? translationOf(node[`_${key}`], lang) : undefined;
    out[key] = translated ?? localize(value, lang);
  }
  return out;
}

export function localizeQuestionnaire<T>(questionnaire: T, lang: string): T {
  return localize(questionnaire as Json, lang) as T;
}

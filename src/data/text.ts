import { primarySubtag } from '../format/packs.js';
import type { LocalText } from './types.js';

/**
 * The key a plain-string text is stored under: BCP 47 `und` ("undetermined").
 * A plain string is not necessarily English (a Korean newsroom writes Korean),
 * so it is not filed under `en`; `pickText` serves it to every language.
 */
export const ANY_LANG = 'und';

/** Keys never copied from input: copying them could reach `Object.prototype`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The text for `lang` (by its primary subtag): that language, else English, else the first
 * text there is (a plain string's `und`), else `''`.
 */
export function pickText(text: LocalText | undefined, lang: string): string {
  if (!text) return '';
  const primary = primarySubtag(lang);
  if (Object.hasOwn(text, primary)) return text[primary]!;
  if (Object.hasOwn(text, 'en')) return text['en']!;
  for (const key of Object.keys(text)) return text[key]!;
  return '';
}

/**
 * The text in `lang` itself (by primary subtag) or a plain string, never another language's:
 * for words that only read right in their own language, such as a label written for inside a
 * sentence ("the United States" in a French sentence would mix two languages).
 */
export function ownText(text: LocalText | undefined, lang: string): string | undefined {
  if (!text) return undefined;
  const primary = primarySubtag(lang);
  return Object.hasOwn(text, primary) ? text[primary] : Object.hasOwn(text, ANY_LANG) ? text[ANY_LANG] : undefined;
}

/**
 * Normalises an already type-checked text field: a string becomes `{ und: s }`;
 * an object keeps its string values under lower-case primary subtags
 * (`ko-KR` → `ko`, the first one written wins). Forbidden keys are skipped.
 */
export function normaliseText(raw: string | Readonly<Record<string, unknown>>): LocalText {
  if (typeof raw === 'string') return { [ANY_LANG]: raw };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const lang = key.split(/[-_]/)[0]!.toLowerCase();
    if (lang === '' || FORBIDDEN_KEYS.has(key) || FORBIDDEN_KEYS.has(lang) || typeof value !== 'string') continue;
    if (!Object.hasOwn(out, lang)) out[lang] = value;
  }
  return out;
}

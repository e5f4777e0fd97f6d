import { canonicalTag, onPackChange, packKey, packPart, primarySubtag } from './packs.js';

export { canonicalTag };

/** The languages this package has a pack for; all but English load on demand. */
export const BUILT_IN_LANGUAGES = ['en', 'ko', 'ja', 'zh', 'es', 'fr', 'de', 'ar'] as const;

/**
 * The language an element asks for: the nearest `lang` attribute on the element or an
 * ancestor, walking up through shadow roots to their hosts, as a canonical BCP 47 tag; `en`
 * when there is none, or when the nearest is empty ("unknown") or not a well-formed tag.
 * As in HTML, the nearest `lang` attribute decides alone.
 */
export function resolveLang(el: Element): string {
  for (const node of upFrom(el)) if (node.hasAttribute('lang')) return canonicalTag(node.getAttribute('lang')) ?? 'en';
  return 'en';
}

/** The element and its ancestors, walking up through shadow roots to their hosts. */
function* upFrom(el: Element): Generator<Element> {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) yield node as Element;
    // A shadow root has no parentNode; its host is the next ancestor.
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
}

/**
 * Which way a widget's text runs: a `dir` (`ltr`, `rtl`) on the element or on an ancestor
 * nearer than any `lang`, else the direction of its language's pack. A widget's own `lang`
 * starts its own direction: an English widget in an Arabic page runs left to right.
 */
export function resolveDir(el: Element, lang: string): 'ltr' | 'rtl' {
  for (const node of upFrom(el)) {
    const dir = node.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    if (node.hasAttribute('lang')) break;
  }
  return languageDir(lang);
}

/** The direction of `lang`'s pack (`ltr` without one). */
export function languageDir(lang: string): 'ltr' | 'rtl' {
  return packPart<'ltr' | 'rtl'>(lang, 'dir') ?? 'ltr';
}

/** The language a widget asking for `tag` speaks: `tag` when a pack (on the page or built in) speaks it, else `en`. */
export function speakable(tag: string): string {
  return hasPack(tag) || isBuiltIn(tag) ? tag : 'en';
}

/** Whether `tag` is English, or a pack for it is on the page (registered or loaded). */
export function hasPack(tag: string): boolean {
  return primarySubtag(tag) === 'en' || packKey(tag) !== undefined;
}

/** Whether a built-in pack speaks `tag` (by its primary subtag). */
export function isBuiltIn(tag: string): boolean {
  return (BUILT_IN_LANGUAGES as readonly string[]).includes(primarySubtag(tag));
}

const locales = new Map<string, string>();
onPackChange(() => locales.clear());

/**
 * The locale handed to `Intl` for a widget speaking `lang`: the tag itself when its pack is
 * of the same language (so `ar-EG`, `de-CH` and `-u-nu-latn` decide the digits), else the
 * pack's own locale (`pt` speaking a registered Spanish pack writes numbers as `es` does).
 */
export function intlLocale(lang: string): string {
  let locale = locales.get(lang);
  if (locale === undefined) {
    const own = packKey(lang) === undefined ? 'en-US' : (packPart<string>(lang, 'locale') ?? 'en-US');
    locale = primarySubtag(own) === primarySubtag(lang) ? (canonicalTag(lang) ?? own) : own;
    locales.set(lang, locale);
  }
  return locale;
}

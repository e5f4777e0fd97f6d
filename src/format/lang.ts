import type { Lang } from '../data/types.js';

/**
 * The supported language a BCP 47 tag names, by its primary subtag, case-insensitive:
 * `ko-KR` → `ko`, `EN` → `en`. Any other language, an empty or missing tag → `null`.
 */
export function primaryLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().split(/[-_]/, 1)[0]!.toLowerCase();
  return primary === 'en' || primary === 'ko' ? primary : null;
}

/**
 * The language an element speaks: the nearest `lang` attribute on the element or an
 * ancestor, walking up through shadow roots to their hosts, else `en`.
 *
 * As in HTML, the nearest `lang` attribute decides alone: an unsupported language
 * (`lang="fr"`) or an empty one (`lang=""`, "unknown") gives `en`; it does not fall
 * through to a Korean page around it, whose text the element is not written in.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('lang')) {
      return primaryLang((node as Element).getAttribute('lang')) ?? 'en';
    }
    // A shadow root has no parentNode; its host is the next ancestor for language.
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return 'en';
}

/** The locale handed to `Intl` for a language. */
export function intlLocale(lang: Lang): string {
  return lang === 'ko' ? 'ko-KR' : 'en-US';
}

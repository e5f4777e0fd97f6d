/**
 * The language API of the package root and the CDN module: small, since every page's entry
 * carries it. Registering is immediate; the built-in packs' loaders come with the runtime.
 */
import { canonicalTag, setPack, type PackParts } from '../format/packs.js';
import { PACK_PARTS, type LanguagePack } from './pack.js';

export type { LanguagePack } from './pack.js';

/**
 * Makes widgets whose `lang` is `tag` (or a tag under it: `pt` covers `pt-BR`) speak `pack`.
 * Widgets already on the page redraw. Start from the nearest built-in pack and change what
 * differs: `registerLanguage('pt', { ...(await languagePack('es')), locale: 'pt-BR' })`.
 *
 * @throws TypeError when `tag` is not a BCP 47 tag or `pack` lacks a part.
 */
export function registerLanguage(tag: string, pack: LanguagePack): void {
  const key = canonicalTag(tag);
  if (!key) throw new TypeError(`registerLanguage: ${JSON.stringify(tag)} is not a BCP 47 language tag`);
  const missing = PACK_PARTS.filter((part) => (pack as unknown as PackParts | null)?.[part] === undefined);
  if (missing.length) throw new TypeError(`registerLanguage(${JSON.stringify(key)}): the pack has no ${missing.join(', ')}`);
  setPack(key, pack as unknown as PackParts);
}

/**
 * The pack for `tag`: one registered for it (or its primary language), else the built-in
 * pack of its primary language, loaded when needed.
 *
 * @throws (rejects) when no pack speaks `tag`.
 */
export function languagePack(tag: string): Promise<LanguagePack> {
  return import('./loaders.js').then((loaders) => loaders.languagePack(tag));
}

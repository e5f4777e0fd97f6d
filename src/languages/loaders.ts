/**
 * The built-in packs, loaded on demand (each its own chunk, so an English page downloads
 * none). A chunk of its own, which the entry's `languagePack` (./index.ts) imports on first
 * use: an English page never downloads it.
 */
import { BUILT_IN_LANGUAGES } from '../format/lang.js';
import { canonicalTag, packKey, packPart, primarySubtag, setPack, type PackParts } from '../format/packs.js';
import { PACK_PARTS, type LanguagePack } from './pack.js';

type Loader = () => Promise<{ pack: LanguagePack }>;

/** The built-in packs' chunks. Not exported from the package: tests swap a loader to hold a pack back. */
export const packLoaders: Record<(typeof BUILT_IN_LANGUAGES)[number], Loader> = {
  en: () => import('./en.js'),
  ko: () => import('./ko/index.js'),
  ja: () => import('./ja/index.js'),
  zh: () => import('./zh/index.js'),
  es: () => import('./es/index.js'),
  fr: () => import('./fr/index.js'),
  de: () => import('./de/index.js'),
  ar: () => import('./ar/index.js'),
};

const loading = new Map<string, Promise<LanguagePack>>();

function wholePack(key: string): LanguagePack {
  return Object.fromEntries(PACK_PARTS.map((part) => [part, packPart(key, part)])) as unknown as LanguagePack;
}

/**
 * The pack for `tag`: one registered for it (or its primary language), else the built-in
 * pack of its primary language, loaded when needed.
 *
 * @throws (rejects) when no pack speaks `tag`.
 */
export function languagePack(tag: string): Promise<LanguagePack> {
  const key = canonicalTag(tag);
  const registered = key && packKey(key);
  if (registered) return Promise.resolve(wholePack(registered));
  const primary = key ? primarySubtag(key) : '';
  const load = Object.hasOwn(packLoaders, primary) ? packLoaders[primary as keyof typeof packLoaders] : undefined;
  if (!load) return Promise.reject(new Error(`No language pack for ${JSON.stringify(tag)}: built in are ${BUILT_IN_LANGUAGES.join(', ')}`));
  let pending = loading.get(primary);
  if (!pending) {
    pending = load().then(({ pack }) => {
      // English is every part's default: its pack is handed out, never installed.
      if (primary !== 'en' && !packKey(primary)) setPack(primary, pack as unknown as PackParts);
      return pack;
    });
    pending.catch(() => loading.delete(primary));
    loading.set(primary, pending);
  }
  return pending;
}

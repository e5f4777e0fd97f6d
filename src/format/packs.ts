/**
 * The language packs the page has: built-in ones once loaded, and a newsroom's own
 * (`registerLanguage`). A leaf that imports nothing, so the format, data and widget code can
 * read a pack's parts without importing every widget's wording: a pack is stored by part
 * name here, and typed whole as `LanguagePack` in src/languages/pack.ts.
 */

/** A pack's parts by name: `messages`, `numbers`, `periods`, `trend`, `drivers`, `regions`. */
export type PackParts = Readonly<Record<string, unknown>>;

const packs = new Map<string, PackParts>();
const listeners = new Set<(key: string) => void>();

/** The tag as BCP 47 writes it (`ar-eg` → `ar-EG`), or null when it is not a well-formed tag. */
export function canonicalTag(tag: string | null | undefined): string | null {
  const trimmed = (tag ?? '').trim().replace(/_/g, '-');
  if (!trimmed) return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}

/** The primary language subtag, lower-cased: `pt-BR` → `pt`. */
export function primarySubtag(tag: string): string {
  return tag.split(/[-_]/, 1)[0]!.toLowerCase();
}

/** The key of the pack that speaks `tag`: the tag itself (`pt-br`), else its primary subtag (`pt`). */
export function packKey(tag: string): string | undefined {
  const lower = tag.toLowerCase();
  if (packs.has(lower)) return lower;
  const primary = primarySubtag(lower);
  return packs.has(primary) ? primary : undefined;
}

/** One part of the pack for `tag`, or undefined (English is each part's built-in default). */
export function packPart<T>(tag: string, part: string): T | undefined {
  const key = packKey(tag);
  return key === undefined ? undefined : (packs.get(key)![part] as T | undefined);
}

/** Adds or replaces the pack for `tag`, and tells the widgets on the page to redraw. */
export function setPack(tag: string, pack: PackParts): void {
  const key = tag.toLowerCase();
  packs.set(key, pack);
  listeners.forEach((listener) => listener(key));
}

/** Calls `listener` with the pack's key whenever a pack is added or replaced; returns the unsubscribe. */
export function onPackChange(listener: (key: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The part named `part` of every pack on the page, in the order they came. */
export function eachPackPart<T>(part: string): T[] {
  return [...packs.values()].flatMap((pack) => (pack[part] === undefined ? [] : [pack[part] as T]));
}

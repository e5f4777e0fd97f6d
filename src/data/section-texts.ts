/**
 * The texts around a figure (title, description, notes, source): read from `meta` and
 * from each section, and resolved for one widget, a section's own text winning over
 * `meta`'s.
 */
import type { RawSource, RawText } from './schema.js';
import { normaliseText } from './text.js';
import type { Dataset, LocalText, SectionKey, Source, Texts } from './types.js';

/** The raw texts of `meta` or of a section, as the schema checked them. */
export interface RawTexts {
  readonly title?: RawText | undefined;
  readonly description?: RawText | undefined;
  readonly notes?: RawText | undefined;
  readonly source?: RawSource | undefined;
}

/** A URL for a link: only absolute `http:` / `https:` ones; anything else is dropped, not an error. */
export function safeUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Normalises the texts of `meta` or of a section (`path` names it in warnings). A source
 * link that is no absolute http(s) URL is dropped, and `warn` is told how to fix it.
 */
export function readTexts(raw: RawTexts | undefined, path: string, warn: (message: string) => void): Texts {
  const out: { -readonly [K in keyof Texts]: Texts[K] } = {};
  if (raw?.title !== undefined) out.title = normaliseText(raw.title);
  if (raw?.description !== undefined) out.description = normaliseText(raw.description);
  if (raw?.notes !== undefined) out.notes = normaliseText(raw.notes);
  if (raw?.source) {
    const source: { name?: LocalText; url?: string } = {};
    if (raw.source.name !== undefined) source.name = normaliseText(raw.source.name);
    const url = safeUrl(raw.source.url);
    if (url) source.url = url;
    else if (raw.source.url !== undefined) warn(droppedUrl(raw.source.url, `${path}.source.url`));
    out.source = source;
  }
  return out;
}

function droppedUrl(url: string, path: string): string {
  const shown = JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url);
  const bare = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(url.trim());
  const fix = bare ? `write it in full, "https://${url.trim()}"` : 'write it in full, starting with https://';
  return `${path} ${shown} is not an absolute http or https address, so the source is not linked: ${fix}`;
}

/**
 * The texts a widget shows for `key`: each of the section's own `title`, `description`,
 * `notes` and `source`, else `meta`'s. A section's `source` replaces `meta.source` whole
 * (its name and link go together).
 */
export function sectionTexts(dataset: Dataset, key: SectionKey): Texts {
  const own: Texts = dataset[key] ?? {};
  const { meta } = dataset;
  const out: { -readonly [K in keyof Texts]: Texts[K] } = {};
  const title = own.title ?? meta.title;
  const description = own.description ?? meta.description;
  const notes = own.notes ?? meta.notes;
  const source: Source | undefined = own.source ?? meta.source;
  if (title) out.title = title;
  if (description) out.description = description;
  if (notes) out.notes = notes;
  if (source) out.source = source;
  return out;
}

/**
 * The pure part of a widget's runtime: what the figure says and what the builders are told,
 * from the dataset and the widget's attributes. The element's runtime and the server entry
 * (src/server) both call these, so a prerendered figure says what the live one says.
 */
import { sectionTexts } from '../data/section-texts.js';
import { pickText } from '../data/text.js';
import type { Dataset, Lang, SectionKey } from '../data/types.js';
import { sectionCurrencies } from '../data/validate.js';
import type { Scale } from '../format/money.js';
import type { Settings } from './contracts.js';
import type { FigureModel } from './figure.js';
import { defaultTheme } from './theme.js';

/** The currency shown: the one asked for when the section has it, else the section's first. */
export function chosenCurrency(dataset: Dataset | undefined, key: SectionKey, wanted: string | undefined): string {
  const available = dataset ? sectionCurrencies(dataset, key) : [];
  if (wanted && available.includes(wanted)) return wanted;
  return available[0] ?? wanted ?? 'USD';
}

/** What the builders see besides colours, size and motion. */
export interface SettingsBase {
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
  readonly currency: string;
  readonly highlight: string | undefined;
  readonly variant: Readonly<Record<string, string | undefined>>;
  readonly amounts: Scale | undefined;
}

/** The settings with the default colours, no size and no animation (the summary and table read none of them). */
export function plainSettings(base: SettingsBase, dark: boolean): Settings {
  return { ...base, theme: defaultTheme(dark), width: 0, height: 0, animation: false };
}

/** The figure's heading, description, notes and source: the widget's own section's texts win over the dataset's. */
export function sectionWords(dataset: Dataset | undefined, key: SectionKey, lang: Lang, heading?: string): Pick<FigureModel, 'heading' | 'description' | 'notes' | 'source'> {
  const texts = dataset && sectionTexts(dataset, key);
  return {
    heading: heading || pickText(texts?.title, lang),
    description: pickText(texts?.description, lang),
    notes: pickText(texts?.notes, lang),
    source: { name: pickText(texts?.source?.name, lang), url: texts?.source?.url },
  };
}

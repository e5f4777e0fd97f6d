import type { SectionKey } from '../data/types.js';

/** One widget: its tag (also the name of its folder and its entry module), its class and the section it reads. */
export interface WidgetEntry {
  readonly tag: string;
  readonly className: string;
  readonly section: SectionKey;
}

export type WidgetManifest = readonly WidgetEntry[];

export declare const WIDGETS: WidgetManifest;
export declare const TAGS: readonly string[];

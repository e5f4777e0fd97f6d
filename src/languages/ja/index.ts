/** Placeholder until the ja pack is written: English words. */
import { pack as english } from '../en.js';
import type { LanguagePack } from '../pack.js';

export const pack: LanguagePack = { ...english, locale: 'ja' };

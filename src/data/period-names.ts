/**
 * Period names as tables in each built-in language write them ("2025년 상반기", "März 2025",
 * "2025年1〜6月"), read by the table and CSV readers whatever language the widget speaks: a
 * spreadsheet is often in the newsroom's language while the widget is not. Here, in the data
 * layer (one file per language under ./period-names/), so reading a table never waits for a
 * language pack, and the packs carry no reader. A registered pack's own `periods.parse` is
 * tried before these (see `parsePeriodName`).
 */
import type { Period } from './types.js';
import { parseArabicPeriod } from './period-names/ar.js';
import { parseChinesePeriod } from './period-names/zh.js';
import { parseFrenchPeriod } from './period-names/fr.js';
import { parseGermanPeriod } from './period-names/de.js';
import { parseJapanesePeriod } from './period-names/ja.js';
import { parseKoreanPeriod } from './period-names/ko.js';
import { parseSpanishPeriod } from './period-names/es.js';

export { parseArabicPeriod, parseChinesePeriod, parseFrenchPeriod, parseGermanPeriod, parseJapanesePeriod, parseKoreanPeriod, parseSpanishPeriod };

/**
 * Every built-in language's reader, tried in turn; the first that reads a name wins. No two
 * read one name as different periods (tests/data/period-names.test.ts checks each language's
 * forms against every reader), so the order only decides who answers first:
 * - the scripts that cannot be mistaken first: Korean (년), then Japanese before Chinese,
 *   since both write 年: Japanese refuses its fiscal years (2025年度) and Chinese reads none,
 *   and where both read a name (2025年7月, 2025年4〜6月期 / 4-6月) they agree;
 * - then the Latin-script languages, German, French and Spanish, whose month words overlap
 *   only where they name the same month ("mai", "jun", "nov"), and whose S/T codes
 *   ("S1 2025", "T3 2024": semestre, trimestre) French and Spanish share;
 * - Arabic last: it reads Arabic script only.
 * English and the codes are read before all of these, by `parsePeriodName`.
 */
const PARSERS: readonly ((text: string) => Period | null)[] = [
  parseKoreanPeriod,
  parseJapanesePeriod,
  parseChinesePeriod,
  parseGermanPeriod,
  parseFrenchPeriod,
  parseSpanishPeriod,
  parseArabicPeriod,
];

/** A period named in any built-in language; `null` when none reads it. */
export function parseBuiltInPeriodName(text: string): Period | null {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const parse of PARSERS) {
    const period = parse(t);
    if (period) return period;
  }
  return null;
}

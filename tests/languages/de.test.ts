/**
 * The German pack: money, period names and every widget's sentences as German newspapers
 * print them. Sources of each convention: the header of src/languages/de/index.ts.
 */
import { expect } from '@esm-bundle/chai';
import { languagePack } from '../../src/languages/index.js';
import { chartScale, formatAxisMoney, formatMoney, formatPercent, scaledMoney, unitLabel } from '../../src/format/money.js';
import { messages } from '../../src/format/messages.js';
import { parsePeriodCode, parsePeriodName, periodName, periodShortName, partName } from '../../src/data/periods.js';
import { parseBuiltInPeriodName } from '../../src/data/period-names.js';
import { changeCallout, latestChange, trendSummary } from '../../src/widgets/deficit-trend/summary.js';
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { driversSummary } from '../../src/widgets/driver-breakdown/summary.js';
import { driversView } from '../../src/widgets/driver-breakdown/view.js';
import { regionsSummary } from '../../src/widgets/region-split/summary.js';
import { knowledge, settings as trendSettings, trend } from '../widgets/deficit-trend/fixtures.js';
import { section as drivers, seedRaw, settings as driverSettings } from '../widgets/driver-breakdown/fixtures.js';
import { section as regions, settings as regionSettings } from '../widgets/region-split/fixtures.js';
import { punctuation } from './punctuation.js';

const NB = '\u00a0';
/** Sentences are compared with ordinary spaces; the money tests pin the no-break spaces. */
const spaces = (text: string) => text.replace(/\u00a0/g, ' ');
const period = (code: string) => parsePeriodCode(code)!;
// English words that must never reach a German sentence ("in" is German too).
const ENGLISH = /\b(deficit|surplus|balance|the|and|from|widened|narrowed|since|every)\b/i;

before(async () => {
  await languagePack('de');
});

describe('German money', () => {
  it('writes figure, magnitude and currency in that order, with no-break spaces (Duden Mrd.; DIN 5008 Festabstand)', () => {
    expect(formatMoney(-4.53e9, 'USD', 'de', { unit: 1e9, decimals: 2 })).to.equal(`−4,53${NB}Mrd.${NB}$`);
    expect(formatMoney(-4.53e9, 'USD', 'de', { unit: 1e9, decimals: 2, style: 'long' })).to.equal(`−4,53${NB}Milliarden${NB}Dollar`);
    expect(formatMoney(2.5e6, 'EUR', 'de')).to.equal(`2,5${NB}Mio.${NB}€`);
  });

  it('says "1 Milliarde" but "1,5 Milliarden" (Duden: Milliarde, die; Plural -n)', () => {
    expect(spaces(formatMoney(1e9, 'EUR', 'de', { style: 'long' }))).to.equal('1 Milliarde Euro');
    expect(spaces(formatMoney(1.5e9, 'EUR', 'de', { style: 'long' }))).to.equal('1,5 Milliarden Euro');
    expect(spaces(formatMoney(1e6, 'GBP', 'de', { style: 'long' }))).to.equal('1 Million Pfund');
  });

  it('writes a yen and a won trillion as "Bio." / "Billionen", the yen as a word (dpa: "Billionen Yen")', () => {
    expect(spaces(formatMoney(3.1e12, 'JPY', 'de'))).to.equal('3,1 Bio. Yen');
    expect(spaces(formatMoney(3.1e12, 'JPY', 'de', { style: 'long' }))).to.equal('3,1 Billionen Yen');
    expect(spaces(formatMoney(-6.26e12, 'KRW', 'de'))).to.equal('−6,26 Bio. Won');
    expect(spaces(formatMoney(4.5e9, 'CNY', 'de'))).to.equal('4,5 Mrd. Yuan');
  });

  it('writes zero without a unit, or in the chart\'s one unit; amounts under a million in full; other codes as ISO codes', () => {
    expect(spaces(formatMoney(0, 'USD', 'de'))).to.equal('0 $');
    expect(spaces(formatMoney(0, 'USD', 'de', { unit: 1e9, decimals: 2 }))).to.equal('0,00 Mrd. $');
    expect(spaces(formatMoney(950e3, 'USD', 'de'))).to.equal('950.000 $');
    expect(spaces(formatMoney(4.53e9, 'CHF', 'de'))).to.equal('4,53 Mrd. CHF');
  });

  it('keeps one magnitude and one count of decimals in a chart: −3,0 beside −11,5 Bio. Yen', () => {
    const scale = chartScale([-3e12, -11.5e12, -0.3e12], 'de');
    expect([-3e12, -11.5e12, -0.3e12].map((v) => spaces(scaledMoney(v, 'JPY', 'de', scale)))).to.deep.equal(['−3,0 Bio. Yen', '−11,5 Bio. Yen', '−0,3 Bio. Yen']);
  });

  it('writes ticks with their unit and currency, and the unit title with the ISO code (Destatis tables: "Mrd. EUR")', () => {
    expect(spaces(formatAxisMoney(-4e9, 'USD', 'de', 1e9))).to.equal('−4 Mrd. $');
    expect(spaces(formatAxisMoney(2.5e9, 'USD', 'de', 1e9))).to.equal('2,5 Mrd. $');
    expect(spaces(formatAxisMoney(0, 'USD', 'de', 1e9))).to.equal('0 $');
    expect(unitLabel(1e9, 'USD', 'de')).to.equal('Mrd. USD');
    expect(unitLabel(1, 'EUR', 'de')).to.equal('EUR');
  });

  it('writes a percentage with a space before the sign (DIN 5008)', () => {
    expect(spaces(formatPercent(0.7734, 'de'))).to.equal('77,3 %');
  });
});

describe('German periods', () => {
  it('names periods as Destatis does, shorter on axes (Duden month abbreviations)', () => {
    expect(['2025H1', '2024Q3', '2025-07', '2025-09', '2025'].map((code) => periodName(period(code), 'de'))).to.deep.equal([
      '1. Halbjahr 2025', '3. Quartal 2024', 'Juli 2025', 'September 2025', '2025',
    ]);
    expect(['2025H1', '2024Q3', '2025-07', '2025-09', '2025'].map((code) => periodShortName(period(code), 'de'))).to.deep.equal([
      'H1 2025', 'Q3 2024', 'Juli 2025', 'Sept. 2025', '2025',
    ]);
    expect(['2025H2', '2024Q1', '2025-02'].map((code) => partName(period(code), 'de'))).to.deep.equal(['H2', 'Q1', 'Feb.']);
  });

  it('reads the forms German tables use', () => {
    const read = (text: string) => (parsePeriodName(text) ?? parseBuiltInPeriodName(text))?.code ?? null;
    expect(read('1. Halbjahr 2025')).to.equal('2025H1');
    expect(read('2. Hj. 2024')).to.equal('2024H2');
    expect(read('erstes Halbjahr 2025')).to.equal('2025H1');
    expect(read('3. Quartal 2024')).to.equal('2024Q3');
    expect(read('viertes Quartal 2024')).to.equal('2024Q4');
    expect(read('Q3/2024')).to.equal('2024Q3');
    expect(read('März 2025')).to.equal('2025-03');
    expect(read('Sept. 2025')).to.equal('2025-09');
    expect(read('Dez 2024')).to.equal('2024-12');
    expect(read('Jänner 2025')).to.equal('2025-01'); // Austrian
    expect(read('juli 2025')).to.equal('2025-07');
    expect(read('5. Quartal 2024')).to.equal(null);
    expect(read('Brumaire 2024')).to.equal(null);
  });
});

describe('German trend summary', () => {
  const de = trendSettings({ lang: 'de' });

  it('says a widening deficit with the "nach" of agency copy, and the longer run', () => {
    const summary = spaces(trendSummary(knowledge(), de));
    expect(summary).to.equal(
      'Das Defizit weitete sich im 1. Halbjahr 2025 (vorläufig) um 0,77 Mrd. $ auf 4,53 Mrd. $ aus, nach 3,76 Mrd. $ im 2. Halbjahr 2024. ' +
        'Seit dem 1. Halbjahr 2023 (2,72 Mrd. $) hat es sich in jedem Halbjahr mit veröffentlichten Zahlen ausgeweitet.',
    );
    expect(summary).not.to.match(ENGLISH);
    expect(spaces(changeCallout(latestChange(knowledge(), 'USD')!, de).join(' | '))).to.equal('Defizit um 0,77 Mrd. $ höher | gegenüber dem 2. Halbjahr 2024');
  });

  it('makes the press\'s compound of a "-bilanz" label, and says "Jahr für Jahr" without gaps', () => {
    const section = trend({ periods: ['2021', '2022', '2023'], series: [{ label: { en: 'Trade balance', de: 'Handelsbilanz' }, values: [-1, -2, -3] }] });
    expect(spaces(trendSummary(section, de))).to.equal(
      'Das Handelsbilanzdefizit weitete sich im Jahr 2023 um 100 Mio. $ auf 300 Mio. $ aus, nach 200 Mio. $ im Jahr 2022. ' +
        'Seit 2021 (100 Mio. $) hat es sich Jahr für Jahr ausgeweitet.',
    );
  });

  it('compares across a gap with the last published figure, and names the first one', () => {
    const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
    expect(spaces(trendSummary(section, de))).to.equal(
      'Das Defizit verringerte sich im 4. Quartal 2024 um 0,5 Mrd. $ auf 2,5 Mrd. $, nach 3,0 Mrd. $ im 2. Quartal 2024 (zuletzt veröffentlichter Wert). ' +
        'Am Anfang der Reihe, im 1. Quartal 2024, stand ein Defizit von 2,0 Mrd. $.',
    );
  });

  it('turns to surplus ("drehte ins Plus") and to deficit ("rutschte ins Minus")', () => {
    const toSurplus = trend({ periods: ['2022', '2023'], series: [{ label: { en: 'Trade balance', de: 'Handelsbilanz' }, values: [-11.1, 1.8] }] });
    expect(spaces(trendSummary(toSurplus, de))).to.equal(
      'Die Handelsbilanz drehte im Jahr 2023 mit einem Überschuss von 0,18 Mrd. $ ins Plus, nach einem Defizit von 1,11 Mrd. $ im Jahr 2022.',
    );
    const toDeficit = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, -3] }] });
    expect(spaces(trendSummary(toDeficit, de))).to.equal(
      'Der Saldo rutschte im Jahr 2023 mit einem Defizit von 300 Mio. $ ins Minus, nach einem Überschuss von 200 Mio. $ im Jahr 2022.',
    );
    expect(changeCallout(latestChange(toDeficit, 'USD')!, de)).to.deep.equal(['Ins Minus gerutscht', 'gegenüber 2022']);
    const toZero = trend({ periods: ['2024-06', '2024-07'], series: [{ label: 'Balance', values: [-2, 0] }] });
    expect(spaces(trendSummary(toZero, de))).to.equal('Der Saldo war im Juli 2024 ausgeglichen, nach einem Defizit von 200 Mio. $ im Juni 2024.');
  });

  it('says a shrinking surplus, one point and an unchanged deficit', () => {
    const shrank = trend({ periods: ['2022', '2023', '2024'], series: [{ label: 'Services balance', values: [1, 2, 1.5] }] });
    expect(spaces(trendSummary(shrank, de))).to.equal(
      'Der Überschuss sank im Jahr 2024 um 50 Mio. $ auf 150 Mio. $, nach 200 Mio. $ im Jahr 2023. Am Anfang der Reihe, im Jahr 2022, stand ein Überschuss von 100 Mio. $.',
    );
    const one = trend({ periods: ['2025H1'], series: [{ label: 'Balance', values: [-45.3] }] });
    expect(spaces(trendSummary(one, de))).to.equal('Der Saldo wies im 1. Halbjahr 2025 ein Defizit von 4,53 Mrd. $ aus.');
    const same = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -5] }] });
    expect(spaces(trendSummary(same, de))).to.equal('Das Defizit lag im Jahr 2025 unverändert bei 500 Mio. $, wie schon im Jahr 2024.');
  });

  it('writes won trillions, short and long', () => {
    const section = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -6.26] }] }, { KRW: { scale: 1e12 } });
    expect(spaces(trendSummary(section, trendSettings({ lang: 'de', currency: 'KRW' })))).to.equal(
      'Das Defizit weitete sich im Jahr 2025 um 1,26 Bio. Won auf 6,26 Bio. Won aus, nach 5,00 Bio. Won im Jahr 2024.',
    );
    const long = trendSettings({ lang: 'de', currency: 'KRW', amounts: { unit: 1e12, decimals: 2, style: 'long' } });
    expect(spaces(trendSummary(section, long))).to.equal(
      'Das Defizit weitete sich im Jahr 2025 um 1,26 Billionen Won auf 6,26 Billionen Won aus, nach 5,00 Billionen Won im Jahr 2024.',
    );
  });

  it('heads the table in German', () => {
    const view = trendView.describe(knowledge(), de);
    expect(view.table.columns[0]).to.equal('Zeitraum');
    expect(view.table.columns.at(-1)).to.equal('Anmerkungen');
  });
});

const DE_LABELS: Record<string, string> = {
  'ip-fees': 'Lizenzgebühren', 'industrial-property': 'Gewerbliche Schutzrechte', copyright: 'Urheberrechte', ict: 'IKT-Dienstleistungen',
  'culture-leisure': 'Kultur und Freizeit', 'business-services': 'Unternehmensdienste', rnd: 'Forschung und Entwicklung',
};
type RawItem = { id: string; label: Record<string, string>; children?: RawItem[] };
const withGerman = (item: RawItem): RawItem => ({ ...item, label: { ...item.label, de: DE_LABELS[item.id]! }, ...(item.children ? { children: item.children.map(withGerman) } : {}) });
const seedDe = () => drivers({ ...seedRaw, items: (seedRaw.items as RawItem[]).map(withGerman) });

describe('German driver summary', () => {
  const de = driverSettings({ lang: 'de' });

  it('names the item that moved most as "der Posten „…“" (Bundesbank style), whatever its gender', () => {
    const summary = spaces(driversSummary(seedDe(), de));
    expect(summary).to.equal('Im 1. Halbjahr 2025 veränderte sich der Posten „Lizenzgebühren“ am stärksten: Das Defizit weitete sich um 1,01 Mrd. $ auf 2,45 Mrd. $ aus.');
    expect(summary).not.to.match(ENGLISH);
  });

  it('says a swing from surplus to deficit', () => {
    const s = drivers({ period: '2025Q1', previous: '2024Q4', items: [
      { id: 'g', label: { en: 'Gamma', de: 'Reiseverkehr' }, value: -0.8, previousValue: 0.3 },
      { id: 'd', label: { en: 'Delta', de: 'Transport' }, value: 1, previousValue: 1 },
    ] });
    expect(spaces(driversSummary(s, de))).to.equal(
      'Im 1. Quartal 2025 veränderte sich der Posten „Reiseverkehr“ am stärksten: Aus einem Überschuss von 30 Mio. $ wurde ein Defizit von 80 Mio. $.',
    );
  });

  it('names the largest item when nothing changed, and the derived rest with its sums', () => {
    const largest = drivers({ period: '2025', previous: '2024', items: [
      { id: 'a', label: { de: 'Reiseverkehr' }, value: -12, previousValue: null },
      { id: 'b', label: { de: 'Transport' }, value: 3, previousValue: null },
    ] });
    expect(spaces(driversSummary(largest, de))).to.equal('Im Jahr 2025 war der Posten „Reiseverkehr“ der größte, mit einem Defizit von 1,2 Mrd. $.');
    const other = drivers({ period: '2024Q4', previous: '2024Q3', total: -15, previousTotal: -14, items: [
      { id: 'a', label: { de: 'Reiseverkehr' }, value: -12, previousValue: -11 },
    ] });
    expect(spaces(driversSummary(other, de))).to.equal(
      'Im 4. Quartal 2024 veränderte sich der Posten „Reiseverkehr“ am stärksten: Das Defizit weitete sich um 0,1 Mrd. $ auf 1,2 Mrd. $ aus. ' +
        'Im 4. Quartal 2024 ergaben die aufgeführten Posten zusammen ein Defizit von 1,2 Mrd. $, der veröffentlichte Gesamtsaldo wies ein Defizit von 1,5 Mrd. $ aus; ' +
        'der Posten „Sonstiges“ (Defizit von 0,3 Mrd. $) ist die errechnete Differenz.',
    );
  });

  it('writes "darunter" rows and the key with the dative period', () => {
    const view = driversView.describe(seedDe(), de);
    expect(view.table.columns[0]).to.equal('Posten');
    expect(view.keyNotes![0]).to.equal(
      'Balken: 1. Halbjahr 2025. Striche: 2. Halbjahr 2024. In Klammern: Veränderung gegenüber dem 2. Halbjahr 2024. ' +
        'Eingerückte Zeilen („darunter“) sind Teil der Zeile darüber und nicht mitaddiert.',
    );
    expect(view.table.rows.map((row) => row[0])).to.include('darunter: Urheberrechte');
  });
});

describe('German region summary', () => {
  const de = regionSettings({ lang: 'de' });
  const asia = { de: 'Asien' };

  it('says a surplus and a deficit, the verb last in the "während" clause', () => {
    const h1 = regions([['asia', asia, 35.7], ['na', { de: 'Nordamerika' }, -37.7], ['eu', { de: 'Europa' }, -21.8], ['rest', { de: 'Übrige Welt' }, -21.5, { derived: true }]], { total: -45.3 });
    const summary = spaces(regionsSummary(h1, de));
    expect(summary).to.equal('Im 1. Halbjahr 2025 erzielte Asien einen Überschuss von 3,57 Mrd. $, während Nordamerika ein Defizit von 3,77 Mrd. $ verzeichnete.');
    expect(summary).not.to.match(ENGLISH);
  });

  it('puts the verb in the plural for two regions in a list and for a plural name', () => {
    const tie = regions([['asia', asia, 10], ['eu', { de: 'Europa' }, 10], ['na', { de: 'Nordamerika' }, -5], ['sa', { de: 'Südamerika' }, -1]], { period: '2023' });
    expect(spaces(regionsSummary(tie, de))).to.equal(
      'Im Jahr 2023 erzielten Asien und Europa jeweils einen Überschuss von 1,0 Mrd. $, während Nordamerika ein Defizit von 0,5 Mrd. $ verzeichnete.',
    );
    const us = regions([['asia', asia, 35.7], ['us', { de: 'die Vereinigten Staaten' }, -37.7]]);
    expect(spaces(regionsSummary(us, de))).to.equal(
      'Im 1. Halbjahr 2025 erzielte Asien einen Überschuss von 3,57 Mrd. $, während die Vereinigten Staaten ein Defizit von 3,77 Mrd. $ verzeichneten.',
    );
    const gulf = regions([['gcc', { de: 'die Golfstaaten' }, 5], ['a', asia, 2], ['b', { de: 'Europa' }, 1]], { period: '2023' });
    expect(spaces(regionsSummary(gulf, de))).to.equal('Im Jahr 2023 erzielten alle Regionen einen Überschuss; den größten wiesen die Golfstaaten mit 500 Mio. $ aus.');
    const three = regions([['a', asia, -2], ['b', { de: 'Ozeanien' }, -2], ['c', { de: 'Japan' }, -2]], { period: '2023' });
    expect(spaces(regionsSummary(three, de))).to.equal('Im Jahr 2023 verzeichneten Asien, Ozeanien und Japan jeweils ein Defizit von 200 Mio. $.');
  });

  it('says one region, every region on one side, and the largest without claiming the rest', () => {
    expect(spaces(regionsSummary(regions([['asia', asia, 35.7]]), de))).to.equal('Im 1. Halbjahr 2025 erzielte Asien einen Überschuss von 3,57 Mrd. $.');
    const up = regions([['a', asia, 12], ['b', { de: 'Europa' }, 3.4]], { period: '2023' });
    expect(spaces(regionsSummary(up, de))).to.equal('Im Jahr 2023 erzielten alle Regionen einen Überschuss; den größten wies Asien mit 1,20 Mrd. $ aus.');
    const down = regions([['na', { de: 'Nordamerika' }, -37.7], ['eu', { de: 'Europa' }, -21.8]]);
    expect(spaces(regionsSummary(down, de))).to.equal('Im 1. Halbjahr 2025 verzeichneten alle Regionen ein Defizit; das größte wies Nordamerika mit 3,77 Mrd. $ aus.');
    const some = regions([['a', asia, 12], ['b', { de: 'Europa' }, null], ['c', { de: 'Amerika' }, 2]], { period: '2023' });
    expect(spaces(regionsSummary(some, de))).to.equal('Im Jahr 2023 erzielte Asien mit 1,2 Mrd. $ den größten Überschuss.');
  });

  it('says the derived rest of the world with the sums it comes from', () => {
    const s = regions([['asia', asia, -30], ['eu', { de: 'Europa' }, -21]], { total: -31 });
    expect(spaces(regionsSummary(s, de))).to.equal(
      'Im 1. Halbjahr 2025 verzeichnete Asien mit 3,0 Mrd. $ das größte Defizit. ' +
        'Die aufgeführten Regionen ergaben zusammen ein Defizit von 5,1 Mrd. $, der Gesamtsaldo wies ein Defizit von 3,1 Mrd. $ aus; ' +
        'die übrige Welt (Überschuss von 2,0 Mrd. $) ist die errechnete Differenz.',
    );
  });
});

describe('German messages', () => {
  // Provisional as Destatis marks it ("p = vorläufige Zahl"); the list takes no article after a colon.
  it('heads tables and prefixes errors in German', () => {
    const text = messages('de');
    expect([text.period, text.value, text.previous, text.change, text.share, text.total, text.category]).to.deep.equal([
      'Zeitraum', 'Wert', 'Vorperiode', 'Veränderung', 'Anteil', 'Insgesamt', 'Posten',
    ]);
    expect(text.errorPrefix).to.equal('Die Grafik kann nicht angezeigt werden');
    expect(text.provisionalName('1. Halbjahr 2025')).to.equal('1. Halbjahr 2025 (vorläufig)');
    expect(text.provisionalNote('2. Halbjahr 2024 und 1. Halbjahr 2025')).to.equal('Vorläufige Werte: 2. Halbjahr 2024 und 1. Halbjahr 2025.');
  });
});

describe('de: shared punctuation', () => {
  before(async () => {
    await languagePack('de');
  });
  // Duden, Zeichensetzung: the brackets, colon, comma and semicolon of English.
  it('brackets the provisional mark and the currency, and punctuates keys, tooltips and item texts', () => {
    const p = punctuation('de', {
      balance: 'Dienstleistungsbilanz',
      exports: 'Exporte',
      transport: 'Transport',
      sea: 'Seefracht',
      travel: 'Reiseverkehr',
      construction: 'Bauleistungen',
      asia: 'Asien',
      europe: 'Europa',
      rest: 'Übrige Welt',
      restNote: 'Gesamt abzüglich der obigen Regionen',
    });
    expect(p.provisionalRow).to.equal('1. Halbjahr 2025 (vorläufig)');
    expect(p.trendCaption).to.equal('Dienstleistungsbilanz, Exporte (USD)');
    expect(p.trendTooltip).to.equal('1. Halbjahr 2025 (vorläufig)\nDienstleistungsbilanz: \u22124,53\u00a0Mrd.\u00a0$\nExporte: 1,20\u00a0Mrd.\u00a0$');
    expect(p.trendItem).to.equal('1. Halbjahr 2025, Exporte');
    expect(p.otherKey).to.equal('* Sonstiges (errechnet, schraffiert): veröffentlichte Summe abzüglich der aufgeführten Posten');
    expect(p.otherItem).to.equal('März 2025: \u22120,8\u00a0Mrd.\u00a0$, Februar 2025: \u22120,6\u00a0Mrd.\u00a0$, Veränderung: \u22120,2\u00a0Mrd.\u00a0$, Errechnet: veröffentlichte Summe abzüglich der aufgeführten Posten');
    expect(p.restKey).to.equal('* Übrige Welt (errechnet, schraffiert): Gesamt abzüglich der obigen Regionen');
    expect(p.restItem).to.equal('\u22122,15\u00a0Mrd.\u00a0$; Errechnet: Gesamt abzüglich der obigen Regionen');
  });
});

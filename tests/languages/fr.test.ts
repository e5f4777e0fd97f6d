/**
 * The French pack: amounts, periods, the three widgets' sentences and the messages, as
 * French newspapers print them. Each convention's source is cited beside it (and in
 * src/languages/fr/index.ts).
 */
import { expect } from '@esm-bundle/chai';
import { languagePack } from '../../src/languages/index.js';
import { formatAxisMoney, formatMoney, formatPercent, unitLabel } from '../../src/format/index.js';
import { messages } from '../../src/format/messages.js';
import { parsePeriodCode, parsePeriodName, partName, periodName, periodShortName } from '../../src/data/periods.js';
import { parseBuiltInPeriodName } from '../../src/data/period-names.js';
import { changeCallout, latestChange, trendSummary } from '../../src/widgets/deficit-trend/summary.js';
import { driversSummary } from '../../src/widgets/driver-breakdown/summary.js';
import { driversView } from '../../src/widgets/driver-breakdown/view.js';
import { regionsSummary } from '../../src/widgets/region-split/summary.js';
import { knowledge, settings as trendSettings, trend } from '../widgets/deficit-trend/fixtures.js';
import { section as driverSection, seedRaw, settings as driverSettings } from '../widgets/driver-breakdown/fixtures.js';
import { section as regionSection, settings as regionSettings } from '../widgets/region-split/fixtures.js';
import { punctuation } from './punctuation.js';

const M = '\u2212'; // U+2212, the minus newspapers print
const NB = '\u00a0'; // no-break space: figure and unit, before a colon (Imprimerie nationale)
const NNB = '\u202f'; // narrow no-break space: digit groups and before % (Intl fr-FR, CLDR)

const period = (code: string) => parsePeriodCode(code)!;
/** No English word may leak into a French sentence. */
const ENGLISH = /\b(deficit|surplus|balance|the|and|from|in|of|to|by)\b/i;

before(async () => {
  await languagePack('fr');
});

describe('fr: money', () => {
  // Short: "−5,2 Md€" of the Douane's and the Trésor's releases, CLDR fr "1 Md €"; long: AFP's
  // "6,2 milliards d’euros". The figure, its comma and groups come from Intl fr-FR.
  it('writes a chart scale short and long', () => {
    expect(formatMoney(-4.53e9, 'USD', 'fr', { unit: 1e9, decimals: 2 })).to.equal(`${M}4,53${NB}Md$`);
    expect(formatMoney(-4.53e9, 'USD', 'fr', { unit: 1e9, decimals: 2, style: 'long' })).to.equal(`${M}4,53 milliards de dollars`);
    expect(formatMoney(3e12, 'JPY', 'fr', { unit: 1e9, decimals: 0 })).to.equal(`3${NNB}000${NB}Md¥`);
    expect(formatMoney(300e6, 'EUR', 'fr')).to.equal(`300${NB}M€`);
  });
  it('counts trillions in milliards, as the press does: "6 200 milliards de wons"', () => {
    expect(formatMoney(6.2e12, 'KRW', 'fr', { style: 'long' })).to.equal(`6${NNB}200 milliards de wons`);
    expect(formatMoney(3.1e12, 'JPY', 'fr', { style: 'long' })).to.equal(`3${NNB}100 milliards de yens`);
    expect(formatMoney(6.26e12, 'KRW', 'fr')).to.equal(`6${NNB}260${NB}Md₩`);
  });
  it('keeps milliard singular below 2 and elides de before a vowel (Académie française)', () => {
    expect(formatMoney(1.5e9, 'EUR', 'fr', { style: 'long' })).to.equal('1,5 milliard d’euros');
    expect(formatMoney(2e9, 'EUR', 'fr', { style: 'long' })).to.equal('2 milliards d’euros');
    expect(formatMoney(-12.3e6, 'GBP', 'fr', { style: 'long' })).to.equal(`${M}12,3 millions de livres sterling`);
    expect(formatMoney(950000, 'USD', 'fr', { style: 'long' })).to.equal(`950${NNB}000 dollars`);
  });
  it('writes the yuan by its code, since ¥ is the yen, and other codes apart', () => {
    expect(formatMoney(4.53e9, 'CNY', 'fr')).to.equal(`4,53${NB}Md${NB}CNY`);
    expect(formatMoney(4.53e9, 'CHF', 'fr')).to.equal(`4,53${NB}Md${NB}CHF`);
    expect(formatMoney(4.53e9, 'CHF', 'fr', { style: 'long' })).to.equal('4,53 milliards de francs suisses');
  });
  it('writes zero without a unit, in the singular', () => {
    expect(formatMoney(0, 'USD', 'fr')).to.equal(`0${NB}$`);
    expect(formatMoney(0, 'EUR', 'fr', { style: 'long' })).to.equal('0 euro');
    expect(formatMoney(0, 'USD', 'fr', { unit: 1e9, decimals: 2 })).to.equal(`0,00${NB}Md$`);
  });
  it('writes ticks, the axis title / CSV unit ("En milliards d’euros" of INSEE charts) and percentages', () => {
    expect(formatAxisMoney(-4e9, 'USD', 'fr', 1e9)).to.equal(`${M}4${NB}Md$`);
    expect(formatAxisMoney(2.5e9, 'USD', 'fr', 1e9)).to.equal(`2,5${NB}Md$`);
    expect(unitLabel(1e9, 'USD', 'fr')).to.equal('milliards de dollars');
    expect(unitLabel(1e6, 'EUR', 'fr')).to.equal('millions d’euros');
    expect(unitLabel(1, 'JPY', 'fr')).to.equal('yens');
    // CLDR fr puts U+00A0 before %; the pack sets the narrow no-break space of the
    // Imprimerie nationale's Lexique (as in its own "100 %"), after the sign.
    expect(formatPercent(0.773, 'fr')).to.equal(`77,3${NNB}%`);
    expect(formatPercent(-0.05, 'fr')).to.equal(`${M}5${NNB}%`);
    expect(formatPercent(1, 'fr')).to.equal(`100${NNB}%`);
  });
});

describe('fr: periods', () => {
  it('names halves, quarters, months and years (Imprimerie nationale ordinals: 1er, 3e)', () => {
    expect(['2025H1', '2025H2', '2024Q3', '2025-07', '2025'].map((c) => periodName(period(c), 'fr'))).to.deep.equal([
      '1er semestre 2025', '2e semestre 2025', '3e trimestre 2024', 'juillet 2025', '2025',
    ]);
  });
  it('shortens them as tables do (INSEE S1/T3, CLDR month abbreviations)', () => {
    expect(['2025H1', '2024Q3', '2025-07', '2025-02', '2025'].map((c) => periodShortName(period(c), 'fr'))).to.deep.equal([
      'S1 2025', 'T3 2024', 'juil. 2025', 'févr. 2025', '2025',
    ]);
    expect(['2025H2', '2024Q1', '2025-08'].map((c) => partName(period(c), 'fr'))).to.deep.equal(['S2', 'T1', 'août']);
  });
  it('reads the forms French tables write', () => {
    const read = (text: string) => (parsePeriodName(text) ?? parseBuiltInPeriodName(text))?.code ?? null;
    expect(['1er semestre 2025', '2e semestre 2025', 'S1 2025', 's2 2025', '2025 S1'].map(read)).to.deep.equal(['2025H1', '2025H2', '2025H1', '2025H2', '2025H1']);
    expect(['3e trimestre 2024', '3ème trimestre 2024', 'T3 2024', '4e trim. 2024', 'premier trimestre 2024'].map(read)).to.deep.equal([
      '2024Q3', '2024Q3', '2024Q3', '2024Q4', '2024Q1',
    ]);
    expect(['juillet 2025', 'Juil. 2025', 'février 2025', 'fevr. 2025', 'août 2025', 'aout 2025', 'déc. 2024'].map(read)).to.deep.equal([
      '2025-07', '2025-07', '2025-02', '2025-02', '2025-08', '2025-08', '2024-12',
    ]);
    expect(['5e trimestre 2024', 'T5 2024', 'juilet 2025', '3e semaine 2024'].map(read)).to.deep.equal([null, null, null, null]);
  });
});

describe('fr: messages', () => {
  it('has French table headers and error prefix', () => {
    const m = messages('fr');
    expect([m.period, m.value, m.previous, m.change, m.share, m.total, m.category]).to.deep.equal([
      'Période', 'Montant', 'Précédent', 'Variation', 'Part', 'Total', 'Poste',
    ]);
    expect(m.errorPrefix).to.equal('Impossible d’afficher le graphique');
    expect(m.provisionalNote('1er trimestre 2025 et 2e trimestre 2025')).to.equal(`Chiffres provisoires${NB}: 1er trimestre 2025 et 2e trimestre 2025.`);
    expect(m.chartLabel('Solde')).to.equal(`Graphique${NB}: Solde`);
  });
  it('has French keys and widget strings, the narrow space before % in its own text', async () => {
    const { trend: t, regions: r, drivers: d } = await languagePack('fr');
    expect(t.key.gaps).to.equal(`Zones grisées${NB}: aucun chiffre publié (et non un solde nul).`);
    expect(r.text.noShareKey).to.match(new RegExp(`100${NNB}%\\.$`));
    expect(r.text.shareKey('surplus', `1,2${NB}Md$`)).to.equal(`Les pourcentages sont des parts de l’excédent total de 1,2${NB}Md$.`);
    expect(d.bridgeKey('2e semestre 2024', 'avril 2025', true)).to.equal(
      `Du total du 2e semestre 2024 au total d’avril 2025, une étape par poste. Les lignes «${NB}dont${NB}» ne sont pas des étapes.`,
    );
    expect(d.bridge('Précédent', '2025').start).to.equal('Total précédent');
  });
});

// Sentences: the register of AFP trade dispatches ("le déficit s’est creusé de…, à…,
// contre…"), the typographic apostrophe and the no-break space before a colon
// (Imprimerie nationale); own knowledge of that press, see src/languages/fr/index.ts.
describe('fr: trend summary', () => {
  const fr = trendSettings({ lang: 'fr' });

  it('a widening deficit named from a French label, with the provisional period and the longer run', () => {
    const section = knowledge();
    (section.series[0] as { label: unknown }).label = { fr: 'Solde des services de la connaissance' };
    const summary = trendSummary(section, fr);
    expect(summary).to.equal(
      `Le déficit des services de la connaissance s’est creusé de 0,77${NB}Md$ au 1er semestre 2025 (provisoire), à 4,53${NB}Md$, ` +
        `contre 3,76${NB}Md$ au 2e semestre 2024. Il s’est creusé d’un chiffre publié à l’autre depuis le 1er semestre 2023 (2,72${NB}Md$).`,
    );
    expect(summary).not.to.match(ENGLISH);
    expect(changeCallout(latestChange(section, 'USD')!, fr)).to.deep.equal([`Déficit en hausse de 0,77${NB}Md$`, 'par rapport au 2e semestre 2024']);
  });

  it('every year, long style: "Balance commerciale" reads "le déficit commercial"', () => {
    const section = trend({ periods: ['2021', '2022', '2023'], series: [{ label: { fr: 'Balance commerciale' }, values: [-10, -20, -30] }] });
    expect(trendSummary(section, trendSettings({ lang: 'fr', amounts: { unit: 1e9, decimals: 0, style: 'long' } }))).to.equal(
      'Le déficit commercial s’est creusé de 1 milliard de dollars en 2023, à 3 milliards de dollars, contre 2 milliards de dollars en 2022. ' +
        'Il s’est creusé chaque année depuis 2021 (1 milliard de dollars).',
    );
  });

  it('a turn to surplus and to deficit, each value in its own unit', () => {
    const toSurplus = trend({ periods: ['2022', '2023'], series: [{ label: { fr: 'Solde commercial' }, values: [-11.1, 1.8] }] });
    expect(trendSummary(toSurplus, fr)).to.equal(`Le solde commercial est passé d’un déficit de 1,11${NB}Md$ en 2022 à un excédent de 0,18${NB}Md$ en 2023.`);
    const toDeficit = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, -3] }] });
    const summary = trendSummary(toDeficit, fr);
    expect(summary).to.equal(`Le solde est passé d’un excédent de 200${NB}M$ en 2022 à un déficit de 300${NB}M$ en 2023.`);
    expect(summary).not.to.match(ENGLISH);
    expect(changeCallout(latestChange(toDeficit, 'USD')!, fr)).to.deep.equal(['Passage au déficit', 'par rapport à 2022']);
  });

  it('compares across a gap with the last published figure', () => {
    const narrowed = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
    expect(trendSummary(narrowed, fr)).to.equal(
      `Le déficit s’est réduit de 0,5${NB}Md$ au 4e trimestre 2024, à 2,5${NB}Md$, contre 3,0${NB}Md$ au 2e trimestre 2024, dernier chiffre publié. ` +
        `Au 1er trimestre 2024, premier chiffre disponible, le solde affichait un déficit de 2,0${NB}Md$.`,
    );
    const swung = trend({ periods: ['2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'x', values: [-5, null, 3] }] });
    expect(trendSummary(swung, fr)).to.equal(
      `Le solde est passé d’un déficit de 500${NB}M$ au 2e trimestre 2024, dernier chiffre publié, à un excédent de 300${NB}M$ au 4e trimestre 2024.`,
    );
  });

  it('one point, unchanged, back to balance, a shrinking surplus and months', () => {
    const at = (periods: string[], values: number[]) => trendSummary(trend({ periods, series: [{ label: 'x', values }] }), fr);
    expect(at(['2025H1'], [-45.3])).to.equal(`Le solde a affiché un déficit de 4,53${NB}Md$ au 1er semestre 2025.`);
    expect(at(['2024', '2025'], [-5, -5])).to.equal(`Le déficit est resté stable à 500${NB}M$ en 2025, comme en 2024.`);
    expect(at(['2024', '2025'], [0, 0])).to.equal('Le solde est resté à l’équilibre en 2025, comme en 2024.');
    expect(at(['2024', '2025'], [-5, 0])).to.equal(`Le solde est revenu à l’équilibre en 2025, après un déficit de 500${NB}M$ en 2024.`);
    expect(at(['2022', '2023', '2024'], [1, 2, 1.5])).to.equal(
      `L’excédent a diminué de 50${NB}M$ en 2024, à 150${NB}M$, contre 200${NB}M$ en 2023. En 2022, premier chiffre disponible, le solde affichait un excédent de 100${NB}M$.`,
    );
    expect(at(['2025-03', '2025-04', '2025-05'], [5, 6, 7])).to.equal(
      `L’excédent a augmenté de 100${NB}M$ en mai 2025, à 700${NB}M$, contre 600${NB}M$ en avril 2025. Il a augmenté chaque mois depuis mars 2025 (500${NB}M$).`,
    );
  });
});

/** The seed breakdown (data-facts.md) with French labels, as a French newsroom writes them. */
function frenchSeed() {
  const labels: Record<string, string> = {
    'ip-fees': 'Redevances de propriété intellectuelle', 'industrial-property': 'Propriété industrielle (brevets)', copyright: 'Droits d’auteur',
    ict: 'Services informatiques', 'culture-leisure': 'Culture et loisirs', 'business-services': 'Services aux entreprises', rnd: 'Recherche et développement',
  };
  type Item = { id: string; label: unknown; children?: Item[] };
  const raw = structuredClone(seedRaw) as unknown as { items: Item[] };
  const relabel = (items: Item[]) => items.forEach((item) => { item.label = { fr: labels[item.id] }; if (item.children) relabel(item.children); });
  relabel(raw.items);
  return driverSection(raw);
}

describe('fr: driver-breakdown summary', () => {
  const fr = driverSettings({ lang: 'fr' });

  it('the category that moved most, as "le poste « … »" (balance-of-payments notes)', () => {
    const summary = driversSummary(frenchSeed(), fr);
    expect(summary).to.equal(
      `Au 1er semestre 2025, c’est le poste «${NB}Redevances de propriété intellectuelle${NB}» qui a le plus varié${NB}: son déficit s’est creusé de 1,01${NB}Md$, à 2,45${NB}Md$.`,
    );
    expect(summary).not.to.match(ENGLISH);
  });

  it('a swing, the largest and all in balance', () => {
    const swung = driverSection({ period: '2025Q1', previous: '2024Q4', items: [{ label: 'Voyages', value: -0.8, previousValue: 0.3 }, { label: 'Transports', value: 1, previousValue: 1.2 }] });
    expect(driversSummary(swung, fr)).to.equal(
      `Au 1er trimestre 2025, c’est le poste «${NB}Voyages${NB}» qui a le plus varié${NB}: il est passé d’un excédent de 30${NB}M$ à un déficit de 80${NB}M$.`,
    );
    const largest = driverSection({ period: '2025', items: [{ label: 'Voyages', value: -3 }, { label: 'Transports', value: 1 }] });
    expect(driversSummary(largest, fr)).to.equal(`En 2025, le poste «${NB}Voyages${NB}» était le plus important, avec un déficit de 300${NB}M$.`);
    expect(driversSummary(driverSection({ period: '2025-07', items: [{ label: 'Voyages', value: 0 }] }), fr)).to.equal('En juillet 2025, tous les postes étaient à l’équilibre.');
  });

  it('the derived "Autres", the provisional mark and the French table and key', () => {
    const section = driverSection({
      period: '2024Q4', previous: '2024Q3', total: -15, previousTotal: -12, provisional: ['2024Q4'],
      items: [{ label: 'Voyages', value: -10, previousValue: -9 }, { label: 'Transports', value: -2, previousValue: -2 }],
    });
    const figure = driversView.describe(section, driverSettings({ lang: 'fr', sort: 'data' }));
    expect(figure.summary).to.equal(
      `Au 4e trimestre 2024 (provisoire), c’est le poste «${NB}Voyages${NB}» qui a le plus varié${NB}: son déficit s’est creusé de 0,1${NB}Md$, à 1,0${NB}Md$. ` +
        `Au 4e trimestre 2024 (provisoire), les postes détaillés totalisent un déficit de 1,2${NB}Md$ et le total publié, un déficit de 1,5${NB}Md$${NB}: ` +
        `le poste «${NB}Autres${NB}» (un déficit de 0,3${NB}Md$) en est déduit par différence.`,
    );
    expect(figure.table.columns).to.deep.equal(['Poste', '4e trimestre 2024 (provisoire)', '3e trimestre 2024', 'Variation']);
    expect(figure.keyNotes!.at(-1)).to.equal(`Chiffres provisoires${NB}: 4e trimestre 2024.`);
    expect(driversView.describe(frenchSeed(), driverSettings({ lang: 'fr', sort: 'data' })).table.rows.map((r) => r[0])).to.include('dont Recherche et développement');
  });
});

describe('fr: region-split summary', () => {
  const fr = regionSettings({ lang: 'fr' });
  const summary = (items: Parameters<typeof regionSection>[0], opts: Parameters<typeof regionSection>[1] = {}) => regionsSummary(regionSection(items, opts), fr);

  it('a surplus and a deficit, each region with its article (Larousse genders)', () => {
    const text = summary(
      [['asia', { fr: 'Asie' }, 35.7], ['na', { fr: 'Amérique du Nord' }, -37.7], ['eu', { fr: 'Europe' }, -21.8], ['rest', { fr: 'Reste du monde' }, -21.5, { derived: true }]],
      { total: -45.3 },
    );
    expect(text).to.equal(`Au 1er semestre 2025, l’Asie a dégagé un excédent de 3,57${NB}Md$, tandis que l’Amérique du Nord a accusé un déficit de 3,77${NB}Md$.`);
    expect(text).not.to.match(ENGLISH);
  });

  it('two regions in a list: "ont chacune", and a plural name: "les États-Unis ont"', () => {
    expect(summary([['a', { fr: 'Asie' }, 10], ['eu', { fr: 'Europe' }, 10], ['us', { fr: 'États-Unis' }, -5], ['sa', { fr: 'Amérique du Sud' }, -1]], { period: '2023' })).to.equal(
      `En 2023, l’Asie et l’Europe ont chacune dégagé un excédent de 1,0${NB}Md$, tandis que les États-Unis ont accusé un déficit de 0,5${NB}Md$.`,
    );
    expect(summary([['a', { fr: 'Asie' }, -2], ['b', { fr: 'Océanie' }, -2], ['c', { fr: 'Japon' }, -2]], { period: '2023' })).to.equal(
      `En 2023, l’Asie, l’Océanie et le Japon ont chacun accusé un déficit de 200${NB}M$.`,
    );
  });

  it('every region on one side, ties, "du Japon", "des États-Unis"', () => {
    expect(summary([['a', { fr: 'Asie' }, 3], ['b', { fr: 'Japon' }, 3], ['c', { fr: 'Europe' }, 1]], { period: '2023' })).to.equal(
      `En 2023, toutes les régions ont dégagé un excédent, les plus importants étant ceux de l’Asie et du Japon (300${NB}M$ chacun).`,
    );
    expect(summary([['a', { fr: 'États-Unis' }, -12], ['b', { fr: 'Chine' }, -3.4]], { period: '2023' })).to.equal(
      `En 2023, toutes les régions ont accusé un déficit, le plus important étant celui des États-Unis (1,20${NB}Md$).`,
    );
    expect(summary([['a', { fr: 'États-Unis' }, -12], ['b', { fr: 'Europe' }, null], ['c', { fr: 'Amériques' }, -2]], { period: '2023' })).to.equal(
      `En 2023, les États-Unis ont accusé le déficit le plus important, 1,2${NB}Md$.`,
    );
  });

  it('labels given with their article, unknown labels as "la zone « … »", and the derived rest', () => {
    expect(summary([['a', { fr: 'le Maghreb' }, 12], ['b', { fr: 'les Philippines' }, -3], ['c', { fr: 'Asia' }, -3]], { period: '2023' })).to.equal(
      `En 2023, le Maghreb a dégagé un excédent de 1,2${NB}Md$, tandis que les Philippines et la zone «${NB}Asia${NB}» ont chacune accusé un déficit de 0,3${NB}Md$.`,
    );
    expect(summary([['a', { fr: "l'Inde" }, -2], ['b', { fr: 'L’Irak' }, -2]], { period: '2023' })).to.equal(
      `En 2023, l’Inde et l’Irak ont chacun accusé un déficit de 200${NB}M$.`,
    );
    expect(summary([['a', { fr: 'Asie' }, 12], ['b', { fr: 'Europe' }, -3]], { period: '2023', total: 2 })).to.equal(
      `En 2023, l’Asie a dégagé un excédent de 1,2${NB}Md$, tandis que l’Europe a accusé un déficit de 0,3${NB}Md$. ` +
        `Les régions détaillées totalisent un excédent de 0,9${NB}Md$ et l’ensemble, un excédent de 0,2${NB}Md$${NB}: le reste du monde (un déficit de 0,7${NB}Md$) est calculé par différence.`,
    );
    expect(summary([['a', { fr: 'Asie' }, 0], ['b', { fr: 'Europe' }, 0]], { period: '2025-07' })).to.equal('En juillet 2025, toutes les régions étaient à l’équilibre.');
  });
});

describe('fr: shared punctuation', () => {
  before(async () => {
    await languagePack('fr');
  });
  // Imprimerie nationale's Lexique: a no-break space before the colon, a narrow one before the
  // semicolon; brackets and commas as in English.
  it('brackets the provisional mark and the currency, and punctuates keys, tooltips and item texts', () => {
    const p = punctuation('fr', {
      balance: 'Solde des services',
      exports: 'Exportations',
      transport: 'Transports',
      sea: 'Transport maritime',
      travel: 'Voyages',
      construction: 'Construction',
      asia: 'Asie',
      europe: 'Europe',
      rest: 'Reste du monde',
      restNote: 'Total moins les régions ci-dessus',
    });
    expect(p.provisionalRow).to.equal('1er semestre 2025 (provisoire)');
    expect(p.trendCaption).to.equal('Solde des services, Exportations (USD)');
    expect(p.trendTooltip).to.equal('1er semestre 2025 (provisoire)\nSolde des services\u00a0: \u22124,53\u00a0Md$\nExportations\u00a0: 1,20\u00a0Md$');
    expect(p.trendItem).to.equal('1er semestre 2025, Exportations');
    expect(p.otherKey).to.equal('* Autres (calculé, hachuré)\u00a0: le total publié moins les postes détaillés');
    expect(p.otherItem).to.equal('mars 2025\u00a0: \u22120,8\u00a0Md$, février 2025\u00a0: \u22120,6\u00a0Md$, Variation\u00a0: \u22120,2\u00a0Md$, Calculé\u00a0: le total publié moins les postes détaillés');
    expect(p.restKey).to.equal('* Reste du monde (calculé, hachuré)\u00a0: Total moins les régions ci-dessus');
    expect(p.restItem).to.equal('\u22122,15\u00a0Md$\u202f; Calculé\u00a0: Total moins les régions ci-dessus');
  });
});

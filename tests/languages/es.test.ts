/**
 * The Spanish pack, pinned with the source of each convention (src/languages/es/index.ts).
 */
import { expect } from '@esm-bundle/chai';
import { languagePack, registerLanguage } from '../../src/languages/index.js';
import { chartScale, formatAxisMoney, formatMoney, scaledMoney, unitLabel } from '../../src/format/money.js';
import { messages } from '../../src/format/messages.js';
import { parsePeriodCode, parsePeriodName, partName, periodName, periodShortName } from '../../src/data/periods.js';
import { parseBuiltInPeriodName } from '../../src/data/period-names.js';
import { changeCallout, latestChange, trendSummary } from '../../src/widgets/deficit-trend/summary.js';
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { driversSummary } from '../../src/widgets/driver-breakdown/summary.js';
import { regionsSummary } from '../../src/widgets/region-split/summary.js';
import { settings as trendSettings, trend } from '../widgets/deficit-trend/fixtures.js';
import { section as drivers, settings as driverSettings } from '../widgets/driver-breakdown/fixtures.js';
import { section as regions, settings as regionSettings } from '../widgets/region-split/fixtures.js';
import { punctuation } from './punctuation.js';

const M = '\u2212';
const NB = '\u00a0';
/** Short style: figure, "mill." or "bill.", then the symbol, joined by no-break spaces as Intl joins "4,53 €". */
const short = (figure: string, unit: string, symbol = '$') => [figure, unit, symbol].filter(Boolean).join(NB);
const p = (code: string) => parsePeriodCode(code)!;
// Words an English sentence would leak; none is Spanish.
const ENGLISH = /\b(deficit|surplus|balance|the|and|in|from|to|of|by|widened|narrowed)\b/i;

describe('Spanish pack (es)', () => {
  before(async () => {
    await languagePack('es');
  });

  describe('money', () => {
    it('writes billions in millones: long scale, no millardo (FundéuRAE, DPD, El País Libro de estilo)', () => {
      // FundéuRAE: "7800 millones de dólares", never "7,8 billones" for 7.8 billion.
      const scale = chartScale([-4.53e9, -3.76e9, -2.72e9], 'es');
      expect(scale).to.deep.equal({ unit: 1e6, decimals: 0, style: 'short' });
      expect(scaledMoney(-4.53e9, 'USD', 'es', scale)).to.equal(M + short('4530', 'mill.'));
      expect(scaledMoney(-4.53e9, 'USD', 'es', { ...scale, style: 'long' })).to.equal(`${M}4530 millones de dólares`);
      // No 10⁹ unit exists: a chart asked for one writes millones with its decimals.
      expect(formatMoney(-4.53e9, 'USD', 'es', { unit: 1e6, decimals: 0 })).to.equal(M + short('4530', 'mill.'));
      expect(formatMoney(-4.53e9, 'USD', 'es', { unit: 1e9, decimals: 2, style: 'long' })).to.equal(`${M}4530,00 millones de dólares`);
      // Intl (es, minimumGroupingDigits 2) groups five digits, not four, as the RAE's Ortografía (2010) says.
      expect(formatMoney(45.3e9, 'EUR', 'es')).to.equal(short('45.300', 'mill.', '€'));
      expect(formatMoney(45.3e9, 'EUR', 'es', { style: 'long' })).to.equal('45.300 millones de euros');
    });

    it('writes trillions as billones, one decimal count per chart (Banco de España/EFE: "1,232 billones de euros")', () => {
      const scale = chartScale([-11.5e12, -3e12], 'es');
      expect(scale).to.deep.equal({ unit: 1e12, decimals: 1, style: 'short' });
      expect(scaledMoney(-3e12, 'JPY', 'es', scale)).to.equal(M + short('3,0', 'bill.', '¥'));
      expect(scaledMoney(-11.5e12, 'JPY', 'es', { ...scale, style: 'long' })).to.equal(`${M}11,5 billones de yenes`);
      expect(formatMoney(6.26e12, 'KRW', 'es')).to.equal(short('6,26', 'bill.', '₩'));
      // FundéuRAE's plurals: wones, yuanes.
      expect(formatMoney(6.26e12, 'KRW', 'es', { style: 'long' })).to.equal('6,26 billones de wones');
      expect(formatMoney(1.2e9, 'CNY', 'es', { style: 'long' })).to.equal('1200 millones de yuanes');
      // The yuan's code, not the yen's ¥.
      expect(formatMoney(1.2e9, 'CNY', 'es')).to.equal(short('1200', 'mill.', 'CNY'));
    });

    it('agrees in number and writes small amounts whole', () => {
      expect(formatMoney(1e6, 'USD', 'es', { style: 'long' })).to.equal('1 millón de dólares');
      expect(formatMoney(1e12, 'JPY', 'es', { style: 'long' })).to.equal('1 billón de yenes');
      expect(formatMoney(1, 'GBP', 'es', { style: 'long' })).to.equal('1 libra');
      expect(formatMoney(950, 'USD', 'es')).to.equal(short('950', '', '$'));
      expect(formatMoney(950, 'USD', 'es', { style: 'long' })).to.equal('950 dólares');
      // Spain does not write "mil" as a unit (123.000 euros, not 123 mil euros).
      expect(formatMoney(123456, 'EUR', 'es', { style: 'long' })).to.equal('123.000 euros');
      // Any other code: Intl's Spanish name.
      expect(formatMoney(4.53e9, 'CHF', 'es', { style: 'long' })).to.equal('4530 millones de francos suizos');
    });

    it('writes zero without a unit, or in the chart unit', () => {
      expect(formatMoney(0, 'USD', 'es')).to.equal(short('0', '', '$'));
      expect(formatMoney(0, 'USD', 'es', { style: 'long' })).to.equal('0 dólares');
      expect(formatMoney(0, 'USD', 'es', { unit: 1e6, decimals: 0 })).to.equal(short('0', 'mill.'));
    });

    it('ticks carry the unit, the axis title the currency (El País charts: "Millones de dólares")', () => {
      expect([-4e9, 0, 2e9].map((v) => formatAxisMoney(v, 'USD', 'es', 1e6))).to.deep.equal([`${M}4000${NB}mill.`, '0', `2000${NB}mill.`]);
      expect(formatAxisMoney(3e12, 'JPY', 'es')).to.equal(`3${NB}bill.`);
      expect(unitLabel(1e6, 'USD', 'es')).to.equal('Millones de dólares');
      expect(unitLabel(1e12, 'JPY', 'es')).to.equal('Billones de yenes');
      expect(unitLabel(1, 'EUR', 'es')).to.equal('Euros');
    });
  });

  describe('periods', () => {
    it('names periods as EFE and El País write them', () => {
      expect(periodName(p('2025H1'), 'es')).to.equal('primer semestre de 2025');
      expect(periodName(p('2024H2'), 'es')).to.equal('segundo semestre de 2024');
      expect(periodName(p('2024Q3'), 'es')).to.equal('tercer trimestre de 2024');
      expect(periodName(p('2025-07'), 'es')).to.equal('julio de 2025');
      expect(periodName(p('2025'), 'es')).to.equal('2025');
    });

    it('shortens them as tables do (INE "2024T3"; RAE month abbreviations)', () => {
      expect(periodShortName(p('2025H1'), 'es')).to.equal('S1 2025');
      expect(periodShortName(p('2024Q3'), 'es')).to.equal('T3 2024');
      expect(periodShortName(p('2025-07'), 'es')).to.equal('jul. 2025');
      expect(periodShortName(p('2025'), 'es')).to.equal('2025');
      expect(partName(p('2025-09'), 'es')).to.equal('sept.');
    });

    it('reads the Spanish forms', () => {
      const codes = (texts: string[]) => texts.map((t) => (parsePeriodName(t) ?? parseBuiltInPeriodName(t))?.code ?? null);
      expect(codes(['primer semestre de 2025', '1.er semestre de 2025', '1er semestre 2025', 'Segundo semestre de 2024', '2.º semestre de 2024', 'S1 2025', '1S 2025']))
        .to.deep.equal(['2025H1', '2025H1', '2025H1', '2024H2', '2024H2', '2025H1', '2025H1']);
      expect(codes(['tercer trimestre de 2024', '3.er trimestre de 2024', 'T3 2024', '3T 2024', '2024T3', 'cuarto trimestre de 2024']))
        .to.deep.equal(['2024Q3', '2024Q3', '2024Q3', '2024Q3', '2024Q3', '2024Q4']);
      expect(codes(['julio de 2025', 'jul. 2025', 'Julio 2025', 'ene. 2025', 'dic 2024', 'sept. 2025', 'año 2025']))
        .to.deep.equal(['2025-07', '2025-07', '2025-07', '2025-01', '2024-12', '2025-09', '2025']);
      expect(codes(['quinto trimestre de 2024', 'T5 2024', 'S3 2025', 'julito de 2025'])).to.deep.equal([null, null, null, null]);
    });
  });

  describe('messages', () => {
    it('has Spanish table headers and error prefix', () => {
      const m = messages('es');
      expect([m.period, m.value, m.previous, m.change, m.share, m.total, m.category]).to.deep.equal(['Periodo', 'Valor', 'Anterior', 'Variación', 'Peso', 'Total', 'Partida']);
      expect(m.errorPrefix).to.equal('No se pudo mostrar el gráfico');
      expect(m.provisionalNote('primer semestre de 2025')).to.equal('Datos provisionales: primer semestre de 2025.');
    });
  });

  describe('deficit-trend summary', () => {
    const es = trendSettings({ lang: 'es' });
    const usd = (figure: string) => short(figure, 'mill.');

    it('a widening deficit and its run (EFE: "se amplió en…, hasta…, frente a…")', () => {
      const section = trend({
        periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
        series: [{ label: { en: 'Knowledge-services balance', es: 'Balanza de servicios de conocimiento' }, values: [-27.2, null, -35.0, -37.6, -45.3] }],
        provisional: ['2025H1'],
      });
      const summary = trendSummary(section, es);
      expect(summary).to.equal(
        `El déficit de la balanza de servicios de conocimiento se amplió en ${usd('770')} en el primer semestre de 2025 (provisional), hasta ${usd('4530')}, frente a ${usd('3760')} en el segundo semestre de 2024. ` +
          `Se ha ampliado en todos los semestres con datos publicados desde el primer semestre de 2023, cuando se situaba en ${usd('2720')}.`,
      );
      expect(summary).not.to.match(ENGLISH);
      expect(changeCallout(latestChange(section, 'USD')!, es)).to.deep.equal([`Déficit: se amplió en ${usd('770')}`, 'respecto al segundo semestre de 2024']);
    });

    it('"Saldo comercial" gives "el déficit comercial"; every year without a gap', () => {
      const section = trend({ periods: ['2021', '2022', '2023'], series: [{ label: { en: 'Trade balance', es: 'Saldo comercial' }, values: [-1, -2, -3] }] });
      expect(trendSummary(section, es)).to.equal(
        `El déficit comercial se amplió en ${usd('100')} en 2023, hasta ${usd('300')}, frente a ${usd('200')} en 2022. Se ha ampliado de forma ininterrumpida desde 2021, cuando se situaba en ${usd('100')}.`,
      );
    });

    it('a gap names the last published figure', () => {
      const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
      const summary = trendSummary(section, es);
      expect(summary).to.equal(
        `El déficit se redujo en ${usd('500')} en el cuarto trimestre de 2024, hasta ${usd('2500')}, frente a ${usd('3000')} en el segundo trimestre de 2024, el último dato publicado. ` +
          `El saldo registraba un déficit de ${usd('2000')} en el primer trimestre de 2024, el primer dato disponible.`,
      );
      expect(summary).not.to.match(ENGLISH);
    });

    it('turns to surplus, to deficit and to zero', () => {
      const toSurplus = trend({ periods: ['2022', '2023'], series: [{ label: { en: 'IP trade balance', es: 'Balanza de propiedad intelectual' }, values: [-11.1, 1.8] }] });
      expect(trendSummary(toSurplus, es)).to.equal(
        `La balanza de propiedad intelectual pasó a registrar un superávit de ${usd('180')} en 2023, frente a un déficit de ${usd('1110')} en 2022.`,
      );
      expect(changeCallout(latestChange(toSurplus, 'USD')!, es)).to.deep.equal(['Pasó a superávit', 'respecto a 2022']);
      const toDeficit = trend({ periods: ['2025-06', '2025-07'], series: [{ label: 'Balance', values: [2, -3] }] });
      expect(trendSummary(toDeficit, es)).to.equal(`El saldo pasó a registrar un déficit de ${usd('300')} en julio de 2025, frente a un superávit de ${usd('200')} en junio de 2025.`);
      const toZero = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-2, 0] }] });
      expect(trendSummary(toZero, es)).to.equal(`El saldo quedó en equilibrio en 2025, frente a un déficit de ${usd('200')} en 2024.`);
    });

    it('a shrinking surplus, one point, unchanged', () => {
      const surplus = trend({ periods: ['2022', '2023', '2024'], series: [{ label: 'Services balance', values: [1, 2, 1.5] }] });
      expect(trendSummary(surplus, es)).to.equal(
        `El superávit se redujo en ${usd('50')} en 2024, hasta ${usd('150')}, frente a ${usd('200')} en 2023. El saldo registraba un superávit de ${usd('100')} en 2022, el primer dato disponible.`,
      );
      const one = trend({ periods: ['2025H1'], series: [{ label: { en: 'Knowledge-services balance', es: 'Saldo de servicios de conocimiento' }, values: [-45.3] }] });
      expect(trendSummary(one, es)).to.equal(`El saldo de servicios de conocimiento registró un déficit de ${usd('4530')} en el primer semestre de 2025.`);
      const same = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -5] }] });
      expect(trendSummary(same, es)).to.equal(`El déficit se mantuvo en ${usd('500')} en 2025, igual que en 2024.`);
    });

    it('the view: table headers, cells and key in Spanish', () => {
      const section = trend({
        periods: ['2024H2', '2025H1'],
        series: [
          { label: { en: 'Balance', es: 'Saldo' }, values: [-37.6, -45.3] },
          { label: { en: 'Imports', es: 'Importaciones' }, values: [80, 90] },
        ],
        provisional: ['2025H1'],
      });
      const view = trendView.describe(section, es);
      expect(view.table.columns).to.deep.equal(['Periodo', 'Saldo', 'Importaciones']);
      expect(view.table.rows[1]).to.deep.equal(['primer semestre de 2025 (provisional)', M + usd('4530'), usd('9000')]);
      expect(view.keyNotes).to.deep.equal([
        'Barras: Saldo (por debajo de cero, déficit; por encima, superávit). Líneas: Importaciones (continua).',
        'Las barras rayadas son datos provisionales.',
      ]);
    });

    it('long style spells the magnitude', () => {
      const section = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -6.26] }] }, { KRW: { scale: 1e12 } });
      expect(trendSummary(section, trendSettings({ lang: 'es', currency: 'KRW', amounts: { unit: 1e12, decimals: 2, style: 'long' } }))).to.equal(
        'El déficit se amplió en 1,26 billones de wones en 2025, hasta 6,26 billones de wones, frente a 5,00 billones de wones en 2024.',
      );
    });
  });

  describe('driver-breakdown summary', () => {
    const es = driverSettings({ lang: 'es' });
    const usd = (figure: string) => short(figure, 'mill.');

    it('the category that moved most (the partida is the subject, not the label)', () => {
      const seed = drivers({
        period: '2025H1', previous: '2024H2', total: -45.3, previousTotal: -37.6,
        items: [
          { id: 'ip', label: { en: 'IP royalties', es: 'Regalías de propiedad intelectual' }, value: -24.5, previousValue: -14.4 },
          { id: 'ict', label: { en: 'ICT services', es: 'Servicios TIC' }, value: 19.6, previousValue: 12.8 },
          { id: 'culture', label: { en: 'Culture', es: 'Cultura y ocio' }, value: 4.4, previousValue: 4.4 },
          { id: 'business', label: { en: 'Business services', es: 'Servicios empresariales' }, value: -44.8, previousValue: -40.3 },
        ],
      });
      const summary = driversSummary(seed, es);
      expect(summary).to.equal(
        `La partida que más varió en el primer semestre de 2025 fue Regalías de propiedad intelectual: su déficit se amplió en ${usd('1010')}, hasta ${usd('2450')}.`,
      );
      expect(summary).not.to.match(ENGLISH);
    });

    it('a swing, and the derived Otros', () => {
      const swing = drivers({
        period: '2025Q1', previous: '2024Q4', total: -1.5, previousTotal: -0.2,
        items: [
          { id: 'g', label: { en: 'Gamma', es: 'Gamma' }, value: -0.8, previousValue: 0.3 },
          { id: 'd', label: { en: 'Delta', es: 'Delta' }, value: -0.4, previousValue: -0.4 },
        ],
      });
      expect(driversSummary(swing, es)).to.equal(
        `La partida que más varió en el primer trimestre de 2025 fue Gamma: pasó de un superávit de ${usd('30')} a un déficit de ${usd('80')}. ` +
          `En el primer trimestre de 2025, las partidas detalladas suman un déficit de ${usd('120')} y el total publicado es un déficit de ${usd('150')}; Otros (un déficit de ${usd('30')}) se obtiene por diferencia.`,
      );
    });
  });

  describe('region-split summary', () => {
    const es = regionSettings({ lang: 'es' });
    const usd = (figure: string) => short(figure, 'mill.');

    it('a surplus and a deficit, one region each (EFE gapping: "y Norteamérica, un déficit de…")', () => {
      const h1 = regions([
        ['asia', { en: 'Asia', es: 'Asia' }, 35.7],
        ['na', { en: 'North America', es: 'Norteamérica' }, -37.7],
        ['eu', { en: 'Europe', es: 'Europa' }, -21.8],
      ]);
      const summary = regionsSummary(h1, es);
      expect(summary).to.equal(`En el primer semestre de 2025, Asia registró un superávit de ${usd('3570')}, y Norteamérica, un déficit de ${usd('3770')}.`);
      expect(summary).not.to.match(ENGLISH);
    });

    it('two regions in a list: "sendos", and "e" before India', () => {
      const tie = regions([
        ['asia', { en: 'Asia', es: 'Asia' }, 10],
        ['eu', { en: 'Europe', es: 'Europa' }, 10],
        ['us', { en: 'United States', es: 'Estados Unidos' }, -5],
        ['sa', { en: 'South America', es: 'Sudamérica' }, -1],
      ], { period: '2023' });
      expect(regionsSummary(tie, es)).to.equal(`En 2023, Asia y Europa registraron sendos superávits de ${usd('1000')}, y Estados Unidos, un déficit de ${usd('500')}.`);
      const three = regions([['jp', { en: 'Japan', es: 'Japón' }, -2], ['cn', { en: 'China', es: 'China' }, -2], ['in', { en: 'India', es: 'India' }, -2]], { period: '2023' });
      expect(regionsSummary(three, es)).to.equal(`En 2023, Japón, China e India registraron sendos déficits de ${usd('200')}.`);
    });

    it('one side only, one region, regions without a figure', () => {
      const up = regions([['a', { en: 'Asia', es: 'Asia' }, 12], ['b', { en: 'Europe', es: 'Europa' }, 3.4]], { period: '2023' });
      expect(regionsSummary(up, es)).to.equal(`En 2023, todas las regiones registraron superávit; el mayor superávit fue el de Asia, con ${usd('1200')}.`);
      const one = regions([['us', { en: 'United States', es: 'Estados Unidos' }, -37.7]]);
      expect(regionsSummary(one, es)).to.equal(`En el primer semestre de 2025, Estados Unidos registró un déficit de ${usd('3770')}.`);
      const gaps = regions([['a', { en: 'Asia', es: 'Asia' }, 3], ['b', { en: 'Europe', es: 'Europa' }, null], ['c', { en: 'Japan', es: 'Japón' }, 3]], { period: '2023' });
      expect(regionsSummary(gaps, es)).to.equal(`En 2023, los mayores superávits, de ${usd('300')} cada uno, fueron los de Asia y Japón.`);
    });
  });

  it('a newsroom reusing it for Portuguese says exactly what Spanish says', async () => {
    registerLanguage('pt', await languagePack('es'));
    const s = regions([['in', 'India', 12], ['jp', 'Japón', 12], ['us', 'Estados Unidos', -5]], { period: '2025-07' });
    expect(regionsSummary(s, regionSettings({ lang: 'pt' }))).to.equal(regionsSummary(s, regionSettings({ lang: 'es' })));
    expect(regionsSummary(s, regionSettings({ lang: 'pt' }))).to.equal(
      `En julio de 2025, India y Japón registraron sendos superávits de ${short('1200', 'mill.')}, y Estados Unidos, un déficit de ${short('500', 'mill.')}.`,
    );
    expect(formatMoney(-4.53e9, 'EUR', 'pt', { style: 'long' })).to.equal(`${M}4530 millones de euros`);
  });
});

describe('es: shared punctuation', () => {
  before(async () => {
    await languagePack('es');
  });
  // RAE, Ortografía (2010): the brackets, colon, comma and semicolon of English.
  it('brackets the provisional mark and the currency, and punctuates keys, tooltips and item texts', () => {
    const p = punctuation('es', {
      balance: 'Saldo de servicios',
      exports: 'Exportaciones',
      transport: 'Transporte',
      sea: 'Transporte marítimo',
      travel: 'Viajes',
      construction: 'Construcción',
      asia: 'Asia',
      europe: 'Europa',
      rest: 'Resto del mundo',
      restNote: 'Total menos las regiones anteriores',
    });
    expect(p.provisionalRow).to.equal('primer semestre de 2025 (provisional)');
    expect(p.trendCaption).to.equal('Saldo de servicios, Exportaciones (USD)');
    expect(p.trendTooltip).to.equal('primer semestre de 2025 (provisional)\nSaldo de servicios: \u22124530\u00a0mill.\u00a0$\nExportaciones: 1200\u00a0mill.\u00a0$');
    expect(p.trendItem).to.equal('primer semestre de 2025, Exportaciones');
    expect(p.otherKey).to.equal('* Otros (calculado, rayado): el total publicado menos las partidas detalladas');
    expect(p.otherItem).to.equal('marzo de 2025: \u2212800\u00a0mill.\u00a0$, febrero de 2025: \u2212600\u00a0mill.\u00a0$, Variación: \u2212200\u00a0mill.\u00a0$, Calculado: el total publicado menos las partidas detalladas');
    expect(p.restKey).to.equal('* Resto del mundo (calculado, rayado): Total menos las regiones anteriores');
    expect(p.restItem).to.equal('\u22122150\u00a0mill.\u00a0$; Calculado: Total menos las regiones anteriores');
  });
});

import { expect } from '@esm-bundle/chai';
import { datasetJsonSchema } from '../../src/data/json-schema.js';
import { sectionTexts } from '../../src/data/section-texts.js';
import { pickText } from '../../src/data/text.js';
import { type Money } from '../../src/data/types.js';
import { normaliseDataset, sectionCurrencies } from '../../src/data/validate.js';

const ctx = { currency: 'USD', scale: 1, section: 'trend' } as const;
const load = async (name: string): Promise<unknown> => (await fetch(`/data/${name}`)).json();
const usd = (m: Money | null | undefined) => (m ? m['USD'] : m);

describe('shipped datasets', () => {
  it('knowledge-services-trade.json reproduces the published figures', async () => {
    const d = normaliseDataset(await load('knowledge-services-trade.json'), ctx);
    expect(d.meta.currencies).to.deep.equal(['USD']);
    expect(d.meta.source).to.deep.equal({ name: { en: 'Bank of Korea', ko: '한국은행' }, url: 'https://www.bok.or.kr/' });
    expect(pickText(d.meta.title, 'ko')).to.equal('한국 지식서비스 무역수지');

    const trend = d.trend!;
    expect(trend.periods.map((p) => p.code)).to.deep.equal(['2023H1', '2023H2', '2024H1', '2024H2', '2025H1']);
    expect(trend.series[0]!.values.map(usd)).to.deep.equal([-2.72e9, null, -3.5e9, -3.76e9, -4.53e9]);
    expect(trend.provisional).to.deep.equal(['2025H1']);
    expect(trend.annotations.map((a) => a.period)).to.deep.equal(['2025H1']);

    const drivers = d.drivers!;
    expect([drivers.period.code, drivers.previous?.code]).to.deep.equal(['2025H1', '2024H2']);
    expect([usd(drivers.total), usd(drivers.previousTotal)]).to.deep.equal([-4.53e9, -3.76e9]);
    const rows = drivers.items.flatMap((it) => [it, ...it.children]).map((it) => [it.id, usd(it.value), usd(it.previousValue)]);
    expect(rows).to.deep.equal([
      ['ip-fees', -2.45e9, -1.44e9],
      ['industrial-property', -1.75e9, -1.28e9],
      ['copyright', -6e8, -9e7],
      ['ict', 1.96e9, 1.28e9],
      ['culture-leisure', 4.4e8, 4.4e8],
      ['business-services', -4.48e9, -4.03e9],
      ['rnd', -3.09e9, null],
    ]);
    // The four categories add up to the published total.
    const sum = drivers.items.reduce((s, it) => s + usd(it.value)!, 0);
    expect(sum).to.be.closeTo(-4.53e9, 1);

    const regions = d.regions!;
    expect(regions.period.code).to.equal('2025H1');
    expect(usd(regions.total)).to.equal(-4.53e9);
    expect(regions.items.map((it) => [it.id, usd(it.value), it.derived])).to.deep.equal([
      ['asia', 3.57e9, false], ['north-america', -3.77e9, false], ['europe', -2.18e9, false], ['rest', -2.15e9, true],
    ]);
    expect(sectionCurrencies(d, 'trend')).to.deep.equal(['USD']);
  });

  it('knowledge-services-trade.json gives each widget its own heading, and reads with no warning', async () => {
    const raw = await load('knowledge-services-trade.json');
    const titles = (['trend', 'drivers', 'regions'] as const).map((section) => {
      const d = normaliseDataset(raw, { ...ctx, section });
      expect(d.warnings).to.deep.equal([]);
      const { title } = sectionTexts(d, section);
      return [pickText(title, 'en'), pickText(title, 'ko')];
    });
    expect(titles).to.deep.equal([
      ["Korea's knowledge-services trade balance, by half-year", '한국 지식서비스 무역수지, 반기별'],
      ['Which services drove the deficit: H1 2025 against H2 2024', '어떤 서비스가 적자를 키웠나: 2025년 상반기와 2024년 하반기'],
      ['Where the deficit came from, by region, H1 2025', '적자는 어디서 왔나: 지역별, 2025년 상반기'],
    ]);
  });

  it('ip-trade-balance.json is the annual IP series, trend only', async () => {
    const d = normaliseDataset(await load('ip-trade-balance.json'), ctx);
    expect(Object.keys(d)).to.deep.equal(['meta', 'trend']);
    expect(pickText(d.meta.title, 'en')).to.equal("Korea's intellectual-property trade balance");
    const t = d.trend!;
    expect(t.periods.map((p) => p.code)).to.deep.equal(Array.from({ length: 14 }, (_, i) => String(2010 + i)));
    expect(t.series[0]!.values.map(usd)).to.deep.equal(
      [-67.0, -33.8, -48.0, -53.4, -45.3, -40.0, -19.1, -16.8, -7.2, -5.3, -18.7, 1.6, -11.1, 1.8].map((v) => Number((v * 1e8).toPrecision(15))),
    );
  });

  it('data/dataset.schema.json is up to date with the valibot schema (run scripts/build-schema.mjs)', async () => {
    const shipped = (await load('dataset.schema.json')) as Record<string, unknown>;
    const fresh = datasetJsonSchema();
    const { $id, ...rest } = shipped;
    expect($id).to.be.a('string');
    expect(rest).to.deep.equal(JSON.parse(JSON.stringify(fresh)));
  });
});

import { expect } from '@esm-bundle/chai';
import { sectionTexts } from '../../src/data/section-texts.js';
import { pickText } from '../../src/data/text.js';
import type { ReadContext } from '../../src/data/types.js';
import { normaliseDataset } from '../../src/data/validate.js';

const meta = {
  title: { en: 'Germany\'s trade in goods', de: 'Deutschlands Warenhandel' },
  description: 'Exports minus imports, in billion euros.',
  notes: 'December 2024 is provisional.',
  source: { name: 'Destatis', url: 'https://www.destatis.de/' },
  currencies: { EUR: { scale: 1e9 } },
};
const trend = { periods: ['2024-11', '2024-12'], series: [{ values: [19.7, 16.9] }] };
const drivers = {
  title: { en: 'Which goods made the surplus', de: 'Welche Waren den Überschuss brachten' },
  source: { name: 'Eurostat' },
  period: '2024-12', items: [{ label: 'Cars', value: 9.1 }],
};
const regions = {
  title: 'By partner', description: 'December 2024', notes: 'EU means the 27 members.',
  source: { name: 'Destatis, GENESIS 51000-0003', url: 'https://www-genesis.destatis.de/' },
  period: '2024-12', items: [{ label: 'EU', value: 7.4 }],
};
const ctx: ReadContext = { currency: 'EUR', section: 'trend' };

describe('sectionTexts', () => {
  it('falls back to meta for every text a section does not give', () => {
    const d = normaliseDataset({ meta, trend }, ctx);
    expect(sectionTexts(d, 'trend')).to.deep.equal({
      title: { en: 'Germany\'s trade in goods', de: 'Deutschlands Warenhandel' },
      description: { und: 'Exports minus imports, in billion euros.' },
      notes: { und: 'December 2024 is provisional.' },
      source: { name: { und: 'Destatis' }, url: 'https://www.destatis.de/' },
    });
  });

  it('takes a section\'s own texts over meta\'s, one by one; its source replaces meta.source whole', () => {
    const d = normaliseDataset({ meta, trend, drivers }, { ...ctx, section: 'drivers' });
    const texts = sectionTexts(d, 'drivers');
    expect(texts.title?.['de']).to.equal('Welche Waren den Überschuss brachten');
    expect(texts.description).to.deep.equal({ und: 'Exports minus imports, in billion euros.' });
    expect(texts.source).to.deep.equal({ name: { und: 'Eurostat' } });
    expect(pickText(sectionTexts(d, 'trend').title, 'en')).to.equal('Germany\'s trade in goods');
  });

  it('reads all four texts of a section, here a bare one, with no meta at all', () => {
    const d = normaliseDataset(regions, { ...ctx, section: 'regions', scale: 1e9 });
    expect(sectionTexts(d, 'regions')).to.deep.equal({
      title: { und: 'By partner' }, description: { und: 'December 2024' }, notes: { und: 'EU means the 27 members.' },
      source: { name: { und: 'Destatis, GENESIS 51000-0003' }, url: 'https://www-genesis.destatis.de/' },
    });
    expect(d.meta).to.deep.equal({ currencies: ['EUR'] });
  });

  it('gives nothing when neither the section nor meta has texts, or the section is absent', () => {
    const d = normaliseDataset({ trend }, { ...ctx, scale: 1e9 });
    expect(sectionTexts(d, 'trend')).to.deep.equal({});
    expect(sectionTexts(normaliseDataset({ meta, trend }, ctx), 'regions').title).to.deep.equal(meta.title);
  });

  it('refuses a section text of the wrong type with its path', () => {
    expect(() => normaliseDataset({ meta, trend: { ...trend, title: 3 } }, ctx))
      .to.throw('trend.title: expected a string or {"en": "...", "ko": "..."}, got 3');
  });
});

/**
 * The built CDN module's language API, as a news site uses it: `registerLanguage` and
 * `languagePack` exported beside the tags; an English page downloads no pack; a newsroom's
 * Portuguese made from the Spanish pack says what Spanish says. Needs `npm run build` first.
 */
import { expect } from '@esm-bundle/chai';
import { until } from '../wait.js';

type Cdn = { registerLanguage(tag: string, pack: unknown): void; languagePack(tag: string): Promise<unknown> };
type Widget = HTMLElement & { data: unknown; eager: boolean };

const quarterly = {
  trend: { periods: ['2024Q1', '2024Q2', '2024Q3'], series: [{ label: 'Balance', values: [-1.2, -1.5, -2.25] }] },
  meta: { currencies: { USD: { scale: 1e9 } } },
};

function widget(lang?: string): Widget {
  const el = document.createElement('deficit-trend') as Widget;
  if (lang) el.setAttribute('lang', lang);
  el.eager = true;
  el.data = quarterly;
  el.style.width = '640px';
  document.body.append(el);
  return el;
}

const summary = (el: Element) => el.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim() ?? '';
const packsLoaded = () =>
  performance.getEntriesByType('resource').map((entry) => /chunks\/lang-([a-z]+)-/.exec(entry.name)?.[1]).filter(Boolean);

describe('CDN build: languages', () => {
  it('exports the language API; English loads no pack; pt registered from es speaks as es', async () => {
    const cdn = (await import(/* @vite-ignore */ `${location.origin}/dist/cdn/trade-balance-charts.js`)) as Cdn;
    expect(typeof cdn.registerLanguage).to.equal('function');
    expect(typeof cdn.languagePack).to.equal('function');

    const english = widget();
    await until(() => english.getAttribute('state') === 'ready' && summary(english) !== '', 'the English widget');
    expect(packsLoaded(), 'an English page downloads no pack').to.deep.equal([]);

    cdn.registerLanguage('pt', await cdn.languagePack('es'));
    const [spanish, portuguese] = [widget('es'), widget('pt-BR')];
    await until(() => [spanish, portuguese].every((el) => el.getAttribute('state') === 'ready' && summary(el) !== ''), 'the es and pt widgets');
    expect(summary(portuguese)).to.equal(summary(spanish));
    expect(summary(spanish)).to.match(/trimestre/);
    expect(packsLoaded()).to.deep.equal(['es']);
  });
});

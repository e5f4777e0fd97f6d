import { expect } from '@esm-bundle/chai';
import type { Lang } from '../../src/data/types.js';
import { DeficitTrend } from '../../src/classes.js';
import { mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../helpers.js';
import { pause } from '../wait.js';

const trendJson = JSON.stringify(quarterly);

/** A trend whose Korean wording arrives when the test says, or fails to. */
class GatedTrend extends DeficitTrend {
  static gate: Promise<void> = Promise.resolve();
  static asked: Lang[] = [];
  protected override loadLanguage(lang: Lang): Promise<unknown> {
    GatedTrend.asked.push(lang);
    return GatedTrend.gate.then(() => super.loadLanguage(lang));
  }
}
customElements.define('gated-trend', GatedTrend);

function gate(): { open(): void; fail(error: Error): void } {
  let open!: () => void;
  let fail!: (error: Error) => void;
  GatedTrend.gate = new Promise<void>((resolve, reject) => ((open = resolve), (fail = reject)));
  return { open, fail };
}

describe('Wording in other languages, loaded when a widget needs it', () => {
  afterEach(() => {
    unmountAll();
    GatedTrend.gate = Promise.resolve();
    GatedTrend.asked = [];
  });

  it('shows nothing of a Korean widget until its Korean wording arrives: never English first', async () => {
    const korean = gate();
    const el = mount<GatedTrend>(`<gated-trend lang="ko" eager data='${trendJson}'></gated-trend>`);
    await pause(150);
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.textContent!.trim(), 'nothing rendered yet').to.equal('');
    korean.open();
    await untilState(el, 'ready');
    await settled(el);
    expect(partText(el, 'summary')).to.match(/^수지가 2025년 1분기\(잠정\) 1.5억 달러 적자로 돌아섰다/);
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('ko');
  });

  it('keeps speaking English while Korean loads after a switch, then redraws once in Korean', async () => {
    const el = mount<GatedTrend>(`<gated-trend eager data='${trendJson}'></gated-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    const english = partText(el, 'summary');
    expect(english).to.match(/^The balance turned to a deficit of \$150M/);
    const korean = gate();
    let readyCount = 0;
    el.addEventListener('chart-ready', () => readyCount++);
    el.setAttribute('lang', 'ko');
    await pause(150);
    expect(partText(el, 'summary'), 'no mix of two languages meanwhile').to.equal(english);
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('en');
    expect(el.resolvedLang).to.equal('en');
    const ready = nextEvent(el, 'chart-ready');
    korean.open();
    await ready;
    await pause(100);
    expect(readyCount, 'one chart-ready for the language change').to.equal(1);
    expect(partText(el, 'summary')).to.match(/^수지가 2025년 1분기\(잠정\) 1.5억 달러 적자로 돌아섰다/);
    expect(el.resolvedLang).to.equal('ko');
    expect(GatedTrend.asked).to.deep.equal(['ko']);
  });

  it('reports wording that fails to load as an error naming the cause, and a retry loads it', async () => {
    const korean = gate();
    const el = mount<GatedTrend>(`<gated-trend lang="ko" eager debug data='${trendJson}'></gated-trend>`);
    const error = nextEvent<{ message: string }>(el, 'chart-error');
    korean.fail(new Error('Failed to fetch dynamically imported module: deficit-trend-ko.js'));
    expect((await error).detail.message).to.contain('deficit-trend-ko.js');
    await untilState(el, 'error');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('deficit-trend-ko.js');
    GatedTrend.gate = Promise.resolve();
    el.retry();
    await untilState(el, 'ready');
    await settled(el);
    expect(partText(el, 'summary')).to.match(/^수지가 2025년 1분기\(잠정\) 1.5억 달러 적자로 돌아섰다/);
  });

  it('asks for English wording never: it is built in', async () => {
    const el = mount<GatedTrend>(`<gated-trend eager data='${trendJson}'></gated-trend>`);
    await untilState(el, 'ready');
    expect(GatedTrend.asked).to.deep.equal([]);
  });
});

import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/classes.js';
import { packLoaders } from '../../src/languages/loaders.js';
import { mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../helpers.js';
import { pause } from '../wait.js';

const trendJson = JSON.stringify(quarterly);
type Lang = keyof typeof packLoaders;
const builtIn = { ...packLoaders };
const asked: string[] = [];

/** Holds back the built-in pack of `lang` until the test says, or fails it. */
function gate(lang: Lang): { open(): void; fail(error: Error): void } {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const held = new Promise<void>((resolve, reject) => ((open = resolve), (fail = reject)));
  packLoaders[lang] = () => {
    asked.push(lang);
    return held.then(() => builtIn[lang]());
  };
  return { open, fail };
}

describe('Language packs, loaded when a widget needs them', () => {
  afterEach(() => {
    unmountAll();
    Object.assign(packLoaders, builtIn);
    asked.length = 0;
  });

  it('shows nothing of a Korean widget until its pack arrives: never English first', async () => {
    const korean = gate('ko');
    const el = mount<DeficitTrend>(`<deficit-trend lang="ko" eager data='${trendJson}'></deficit-trend>`);
    await pause(150);
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.textContent!.trim(), 'nothing rendered yet').to.equal('');
    korean.open();
    await untilState(el, 'ready');
    await settled(el);
    expect(partText(el, 'summary')).to.match(/^수지가 2025년 1분기\(잠정\) 1.5억 달러 적자로 돌아섰다/);
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('ko');
  });

  it('keeps speaking English while another pack loads after a switch, then redraws once in it', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    const english = partText(el, 'summary');
    expect(english).to.match(/^The balance turned to a deficit of \$150M/);
    const german = gate('de');
    let readyCount = 0;
    el.addEventListener('chart-ready', () => readyCount++);
    el.setAttribute('lang', 'de-AT');
    await pause(150);
    expect(partText(el, 'summary'), 'no mix of two languages meanwhile').to.equal(english);
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('en');
    expect(el.resolvedLang).to.equal('en');
    const ready = nextEvent(el, 'chart-ready');
    german.open();
    await ready;
    await pause(100);
    expect(readyCount, 'one chart-ready for the language change').to.equal(1);
    expect(partText(el, 'summary')).not.to.equal(english);
    expect(el.resolvedLang).to.equal('de-AT');
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('de-AT');
    expect(asked).to.deep.equal(['de']);
  });

  it('reports a pack that fails to load as an error naming the cause, and a retry loads it', async () => {
    const french = gate('fr');
    const el = mount<DeficitTrend>(`<deficit-trend lang="fr" eager debug data='${trendJson}'></deficit-trend>`);
    const error = nextEvent<{ message: string }>(el, 'chart-error');
    french.fail(new Error('Failed to fetch dynamically imported module: lang-fr.js'));
    expect((await error).detail.message).to.contain('lang-fr.js');
    await untilState(el, 'error');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('lang-fr.js');
    Object.assign(packLoaders, builtIn);
    el.retry();
    await untilState(el, 'ready');
    await settled(el);
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('fr');
  });

  it('asks for no pack for English, nor for a language without one (which is English, whole)', async () => {
    for (const lang of Object.keys(builtIn) as Lang[]) gate(lang);
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    const other = mount<DeficitTrend>(`<deficit-trend lang="pt-BR" eager data='${trendJson}'></deficit-trend>`);
    await untilState(el, 'ready');
    await untilState(other, 'ready');
    await settled(other);
    expect(asked).to.deep.equal([]);
    expect(other.resolvedLang).to.equal('en');
    expect(partText(other, 'summary')).to.equal(partText(el, 'summary'));
  });
});

import { expect } from '@esm-bundle/chai';
import { intlLocale, primaryLang, resolveLang } from '../../src/format/index.js';

describe('primaryLang', () => {
  it('reads the primary subtag, case-insensitively', () => {
    expect(primaryLang('ko-KR')).to.equal('ko');
    expect(primaryLang('ko')).to.equal('ko');
    expect(primaryLang('EN')).to.equal('en');
    expect(primaryLang('en-GB')).to.equal('en');
    expect(primaryLang(' ko_kr ')).to.equal('ko');
  });
  it('gives null for other languages and no tag', () => {
    expect([primaryLang('fr'), primaryLang('kok'), primaryLang('eng'), primaryLang(''), primaryLang(null), primaryLang(undefined)]).to.deep.equal([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('resolveLang', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('uses the element’s own lang by primary subtag', () => {
    const el = document.createElement('span');
    el.setAttribute('lang', 'ko-KR');
    root.append(el);
    expect(resolveLang(el)).to.equal('ko');
  });

  it('falls back to the nearest ancestor', () => {
    root.setAttribute('lang', 'en');
    root.innerHTML = '<section lang="ko"><p><span></span></p></section>';
    expect(resolveLang(root.querySelector('span')!)).to.equal('ko');
  });

  it('walks up across shadow roots to the host’s ancestors', () => {
    root.setAttribute('lang', 'ko');
    const host = document.createElement('div');
    root.append(host);
    const inner = document.createElement('div');
    const leaf = document.createElement('span');
    inner.append(leaf);
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(leaf)).to.equal('ko');

    // A nested shadow root too.
    const innerHost = document.createElement('div');
    inner.append(innerHost);
    const deep = document.createElement('b');
    innerHost.attachShadow({ mode: 'closed' }).append(deep);
    expect(resolveLang(deep)).to.equal('ko');

    inner.setAttribute('lang', 'en-US');
    expect(resolveLang(deep)).to.equal('en');
  });

  it('lets the nearest lang decide: an unsupported language is English', () => {
    root.setAttribute('lang', 'ko');
    root.innerHTML = '<div lang="fr"><span></span></div><div lang=""><i></i></div>';
    expect(resolveLang(root.querySelector('span')!)).to.equal('en');
    expect(resolveLang(root.querySelector('i')!)).to.equal('en');
  });

  it('falls back to English without any lang, including detached elements', () => {
    const detached = document.createElement('div');
    detached.append(document.createElement('span'));
    expect(resolveLang(detached.firstElementChild!)).to.equal('en');
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      expect(resolveLang(root)).to.equal('en');
      html.setAttribute('lang', 'ko-KR');
      expect(resolveLang(root)).to.equal('ko');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });
});

describe('intlLocale', () => {
  it('maps each language to a full locale', () => {
    expect(intlLocale('en')).to.equal('en-US');
    expect(intlLocale('ko')).to.equal('ko-KR');
  });
});

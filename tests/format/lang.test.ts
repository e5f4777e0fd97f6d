import { expect } from '@esm-bundle/chai';
import { canonicalTag, hasPack, intlLocale, isBuiltIn, resolveLang } from '../../src/format/index.js';
import { languagePack, registerLanguage } from '../../src/languages/index.js';

describe('canonicalTag', () => {
  it('writes a BCP 47 tag as the standard does, underscores read as hyphens', () => {
    expect(canonicalTag('ko-kr')).to.equal('ko-KR');
    expect(canonicalTag(' ar_eg ')).to.equal('ar-EG');
    expect(canonicalTag('ar-EG-u-nu-latn')).to.equal('ar-EG-u-nu-latn');
    expect(canonicalTag('EN')).to.equal('en');
  });
  it('gives null for no tag and for what is not a tag', () => {
    expect([canonicalTag(''), canonicalTag(null), canonicalTag(undefined), canonicalTag('not a tag'), canonicalTag('x')]).to.deep.equal([null, null, null, null, null]);
  });
});

describe('packs by language', () => {
  it('knows the eight built-in languages by primary subtag, and no other', () => {
    expect(['en', 'ko-KR', 'ja', 'zh-Hans-CN', 'es-MX', 'fr-CA', 'de-CH', 'ar-EG'].every(isBuiltIn)).to.equal(true);
    expect([isBuiltIn('pt'), isBuiltIn('kok'), isBuiltIn('eng')]).to.deep.equal([false, false, false]);
  });
  it('has English without loading anything; a built-in language once its pack has loaded', async () => {
    expect(hasPack('en-GB')).to.equal(true);
    await languagePack('ko');
    expect(hasPack('ko-KR')).to.equal(true);
  });
});

describe('resolveLang', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('uses the element’s own lang, as a canonical tag', () => {
    const el = document.createElement('span');
    el.setAttribute('lang', 'ko-kr');
    root.append(el);
    expect(resolveLang(el)).to.equal('ko-KR');
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
    expect(resolveLang(deep)).to.equal('en-US');
  });

  it('lets the nearest lang decide: an empty or malformed one is English', () => {
    root.setAttribute('lang', 'ko');
    root.innerHTML = '<div lang="fr"><span></span></div><div lang=""><i></i></div><div lang="not a tag"><b></b></div>';
    expect(resolveLang(root.querySelector('span')!)).to.equal('fr');
    expect(resolveLang(root.querySelector('i')!)).to.equal('en');
    expect(resolveLang(root.querySelector('b')!)).to.equal('en');
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
      expect(resolveLang(root)).to.equal('ko-KR');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });
});

describe('intlLocale', () => {
  before(async () => {
    await languagePack('ko');
    await languagePack('ar');
  });
  it('is the tag itself when its pack is of the same language, so the region and -u-nu decide the digits', () => {
    expect(intlLocale('en')).to.equal('en');
    expect(intlLocale('en-GB')).to.equal('en-GB');
    expect(intlLocale('ko')).to.equal('ko');
    expect(intlLocale('ar-EG')).to.equal('ar-EG');
    expect(intlLocale('ar-EG-u-nu-latn')).to.equal('ar-EG-u-nu-latn');
  });
  it('is the pack’s locale for a language registered with another language’s pack', async () => {
    registerLanguage('haw', await languagePack('ko'));
    expect(intlLocale('haw')).to.equal('ko-KR');
  });
  it('is en-US for a language with no pack', () => {
    expect(intlLocale('tlh')).to.equal('en-US');
  });
});

import { expect } from '@esm-bundle/chai';
import { normaliseText, pickText } from '../../src/data/text.js';

describe('texts', () => {
  it('picks the language, then English, then the first text, then nothing', () => {
    expect(pickText({ en: 'Balance', ko: '수지' }, 'ko')).to.equal('수지');
    expect(pickText({ en: 'Balance', ko: '수지' }, 'en')).to.equal('Balance');
    expect(pickText({ en: 'Balance' }, 'ko')).to.equal('Balance');
    expect(pickText({ ja: '収支', fr: 'Solde' }, 'ko')).to.equal('収支');
    expect(pickText({}, 'en')).to.equal('');
    expect(pickText(undefined, 'en')).to.equal('');
  });

  it('serves a plain string to every language', () => {
    const t = normaliseText('지식서비스 수지');
    expect(pickText(t, 'ko')).to.equal('지식서비스 수지');
    expect(pickText(t, 'en')).to.equal('지식서비스 수지');
  });

  it('files texts under lower-case primary subtags and skips prototype keys', () => {
    const raw = JSON.parse('{"ko-KR": "수지", "EN": "Balance", "en-GB": "ignored, en came first", "__proto__": "x", "constructor": "y"}') as Record<string, string>;
    const t = normaliseText(raw);
    expect(t).to.deep.equal({ ko: '수지', en: 'Balance' });
    expect(Object.getPrototypeOf(t)).to.equal(Object.prototype);
  });
});

import { expect } from '@esm-bundle/chai';
import { parseJson } from '../../src/data/json.js';
import { DataError } from '../../src/data/types.js';

async function errorOf(text: string): Promise<DataError> {
  try {
    await parseJson(text, 'data attribute');
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  expect.fail('expected a DataError');
}

/** The message up to the browser's own wording, which differs between engines. */
const where = async (text: string) => (await errorOf(text)).message.replace(/ \(.*$/s, '');

describe('parseJson', () => {
  it('parses JSON, ignoring a byte-order mark', async () => {
    expect(await parseJson('\uFEFF{"a": [1, null]}', 'x')).to.deep.equal({ a: [1, null] });
  });

  // The same line and column in Chromium (positions, or none at all) and Firefox (line/column).
  const cases: [string, string][] = [
    ['{"periods": ["2024" "2025"]}', 'line 1, column 21'], // a missing comma
    ['{"a": x}', 'line 1, column 7'],                      // an unexpected token: V8 gives no position
    ['{"periods": ["2024",', 'line 1, column 21'],        // cut short: the end of the text
    ['{\n  "a": 1,\n  "b": 2,\n}', 'line 4, column 1'],    // a trailing comma, multi-line
    ['{\r\n  "a": tru\r\n}', 'line 2, column 8'],          // CRLF line ends
    ['[1, 2] 3', 'line 1, column 8'],                        // text after the value
    ['{"a": "b\nc"}', 'line 1, column 9'],                  // a raw newline inside a string
  ];
  for (const [text, at] of cases) {
    it(`names the position of ${JSON.stringify(text)}`, async () => {
      const error = await errorOf(text);
      expect(error.kind).to.equal('parse');
      expect(await where(text)).to.equal(`data attribute: invalid JSON at ${at}`);
      // The engine's words follow in parentheses, without its own position.
      expect(error.message).to.match(/ \(.+\)$/s);
      expect(error.message).not.to.match(/position \d|of the JSON data|JSON\.parse:/);
    });
  }

  it('calls blank text empty, not invalid', async () => {
    const error = await errorOf('  \n ');
    expect(error.kind).to.equal('empty');
    expect(error.message).to.equal('data attribute: no data (the text is empty)');
  });
});

import { expect } from '@esm-bundle/chai';
import type { SectionKey } from '../../src/data/types.js';
import { normaliseDataset } from '../../src/data/validate.js';

/** The ```json blocks of docs/data-format.md that are full datasets. */
async function fullExamples(): Promise<Record<string, unknown>[]> {
  const text = await (await fetch('/docs/data-format.md')).text();
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  return blocks.filter((b) => 'meta' in b);
}

describe('docs/data-format.md', () => {
  it('has full-dataset examples that every widget reads without an error or a warning', async () => {
    const examples = await fullExamples();
    expect(examples.length).to.be.at.least(2);
    for (const example of examples) {
      for (const section of (['trend', 'drivers', 'regions'] as SectionKey[]).filter((key) => key in example)) {
        expect(normaliseDataset(example, { currency: 'USD', section }).warnings).to.deep.equal([]);
      }
    }
  });
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';
import { TAGS } from './src/widgets/manifest.js';

// ---- Layering (issue 21): what may import what. Each message states its rule. --------------
// One `no-restricted-imports` per group of files: ESLint does not merge a rule's options, so
// each group lists every restriction that applies to it.
// The server entry (Node only, never in a browser bundle) hands ECharts its font measurer.
const REGISTRY_MODULES = ['src/echarts-registry.ts', 'src/echarts-canvas.ts', 'src/server/**/*.ts'];
const echartsAtRuntime = {
  regex: '^(echarts|zrender)(/|$)',
  allowTypeImports: true,
  message: 'Only src/echarts-registry.ts and src/echarts-canvas.ts import ECharts at runtime (type imports are fine): the registry decides what is shipped.',
};
const echartsInData = {
  regex: '^(echarts|zrender)(/|$)|(^|/)echarts-(registry|canvas)\\.js$',
  message: 'The data layer never imports ECharts, not even its types.',
};
const litInData = { regex: '^(lit|@lit)(/|$)', message: 'The data layer never imports Lit.' };
const litInBuilders = {
  regex: '^(lit|@lit)(/|$)',
  message: 'Option builders and what they use (src/widgets, except element.ts) never import Lit: they run without a DOM.',
};
const registryInWidgets = {
  regex: '(^|/)echarts-(registry|canvas)\\.js$',
  allowTypeImports: true,
  message: 'Widget code imports the ECharts registry for its types only: the controller loads ECharts when a chart nears the viewport.',
};
const elementsInBuilders = {
  regex: `(^|/)(element|chart-element|define|runtime|widget-runtime)\\.js$|^\\.\\./\\.\\./(index|classes|${TAGS.join('|')})\\.js$`,
  message: 'Option builders and what they use (src/widgets, except element.ts) never import the elements.',
};
const otherWidgets = (own) => {
  const others = TAGS.filter((tag) => tag !== own);
  return {
    regex: `(^|/)(${others.join('|')})/`,
    message: `No widget imports another widget's folder${own ? '' : ' (nor does the shared widget code)'}: move what they share to src/widgets/common.ts or src/format.`,
  };
};
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

const layering = [
  { files: ['src/**/*.ts'], ignores: REGISTRY_MODULES, rules: restrict(echartsAtRuntime) },
  { files: ['src/data/**/*.ts'], rules: restrict(echartsInData, litInData) },
  { files: ['src/widgets/*.ts'], rules: restrict(echartsAtRuntime, registryInWidgets, litInBuilders, elementsInBuilders, otherWidgets(undefined)) },
  ...TAGS.flatMap((tag) => [
    {
      files: [`src/widgets/${tag}/**/*.ts`],
      ignores: [`src/widgets/${tag}/element.ts`],
      rules: restrict(echartsAtRuntime, registryInWidgets, litInBuilders, elementsInBuilders, otherWidgets(tag)),
    },
    { files: [`src/widgets/${tag}/element.ts`], rules: restrict(echartsAtRuntime, registryInWidgets, otherWidgets(tag)) },
  ]),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'custom-elements.json', 'screenshots/', 'bench/results/raw-article/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Data is untrusted: nothing may write markup from strings.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data never becomes markup: use Lit templates or textContent.' },
        { property: 'outerHTML', message: 'Data never becomes markup.' },
        { property: 'insertAdjacentHTML', message: 'Data never becomes markup.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...layering,
  {
    files: ['tests/**', 'scripts/**', 'bench/**', 'demo/**', 'bin/**', '*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // chai's `expect(x).to.be.true` is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'custom-elements.json', 'screenshots/'] },
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
  {
    files: ['tests/**', 'scripts/**', 'bench/**', 'demo/**', '*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // chai's `expect(x).to.be.true` is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

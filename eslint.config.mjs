import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

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
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', location: 'readonly', URLSearchParams: 'readonly', Buffer: 'readonly' } },
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

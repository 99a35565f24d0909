import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.tmp/',
      'coverage/',
      'examples/**/dist/',
      // The WordPress plugin's copies of dist/ and data/ and its zip (npm run build:wordpress).
      'integrations/wordpress/dist/',
      'integrations/wordpress/occ-elements/dist/',
      'integrations/wordpress/occ-elements/data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      // Data is text: these are the ways to turn it into markup.
      'lit/no-template-bind': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render data as text.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Render data as text.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render data as text.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js'] },
      ],
    },
  },
  {
    // chai's `expect(x).to.exist` style reads as an expression statement.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js', 'bin/**/*'],
    languageOptions: { globals: globals.node },
  },
  {
    // The WordPress block's editor script runs in the editor, against WordPress's `wp` globals.
    files: ['integrations/wordpress/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The WordPress tests run in Node and pass functions to the browser (page.evaluate).
    files: ['test/wordpress/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, wp: 'readonly' } },
  },
);

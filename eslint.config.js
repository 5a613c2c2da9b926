// `npm run lint`: typescript-eslint's type-aware recommended rules over the project's TypeScript, and
// ESLint's recommended rules over its few plain JavaScript files.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // docs/playground-spike keeps the spike's scripts as they were run, for the record.
  { ignores: ['dist/', '.deploy/', 'coverage/', 'node_modules/', 'devTools/', '.playground/', 'bench/out/', 'docs/playground-spike/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { secret: _secret, ...rest } = value` leaves a field out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Fakes implement promise-returning interfaces; `async` without `await` is their plainest form.
      '@typescript-eslint/require-await': 'off',
      // Tests read what the bot printed or sent (JSON.parse of cards, CLI output, stored records) and use
      // vitest's asymmetric matchers, all typed `any`; the assertions check their shape at run time.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

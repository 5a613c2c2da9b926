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
  },
  {
    // Fakes implement promise-returning interfaces; `async` without `await` is their plainest form.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
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

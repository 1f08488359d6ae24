// ESLint flat config. Besides style, it enforces the architecture: imports only point inward
// (core ← domain ← rules/templates ← adapters ← cli/taskpane).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

const NODE_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'zlib', 'worker_threads', 'stream', 'url'];
const UI_AND_HOST = ['react', 'react-dom', 'react-dom/*', 'react/*', '@fluentui/*', '@microsoft/office-js-helpers'];

/** One layer's import restrictions: forbidden packages and forbidden sibling layers. */
function layer(files, { packages = [], layers = [] }) {
  const patterns = [
    ...packages.map((group) => ({ group: [group], message: 'Esta capa no puede depender de este paquete.' })),
    ...layers.map((name) => ({
      group: [`../${name}`, `../${name}/*`, `../../${name}`, `../../${name}/*`, `../../../${name}/*`],
      message: `Las importaciones apuntan hacia adentro: esta capa no puede importar src/${name}.`,
    })),
  ];
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const OUTER = ['xlsx', 'excel', 'taskpane', 'cli'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**', 'test/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  // The architecture, layer by layer.
  layer(['src/core/**'], {
    packages: [...NODE_MODULES, ...UI_AND_HOST, 'exceljs', '@types/office-js'],
    layers: ['domain', 'rules', 'templates', ...OUTER],
  }),
  layer(['src/domain/**'], {
    packages: [...NODE_MODULES, ...UI_AND_HOST, 'exceljs'],
    layers: ['rules', 'templates', ...OUTER],
  }),
  layer(['src/rules/**'], { packages: [...NODE_MODULES, ...UI_AND_HOST, 'exceljs'], layers: ['templates', ...OUTER] }),
  layer(['src/templates/**'], { packages: [...NODE_MODULES, ...UI_AND_HOST, 'exceljs'], layers: ['rules', ...OUTER] }),
  layer(['src/xlsx/**'], { packages: [...NODE_MODULES, ...UI_AND_HOST], layers: ['excel', 'taskpane', 'cli'] }),
  layer(['src/excel/**'], {
    packages: [...NODE_MODULES, ...UI_AND_HOST, 'exceljs'],
    layers: ['xlsx', 'taskpane', 'cli'],
  }),
  layer(['src/cli/**', 'src/cli.ts'], { packages: UI_AND_HOST, layers: ['excel', 'taskpane'] }),
  layer(['src/taskpane/**'], { packages: NODE_MODULES, layers: ['cli'] }),
  // Office.js lives in src/excel; the task pane's components receive operations as props.
  {
    files: ['src/excel/**', 'src/taskpane/**'],
    languageOptions: {
      globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Los componentes reciben las operaciones de Office como props.' },
        { name: 'Excel', message: 'Los componentes reciben las operaciones de Office como props.' },
      ],
    },
  },
);

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const FEATURES_DIR = 'renderer/src/features';
const features = readdirSync(path.join(root, FEATURES_DIR), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Test files: they may reach into what they test. */
const TESTS = ['**/*.test.{ts,tsx}', '**/*.spec.ts', 'test/**', 'bench/**'];

/**
 * The Web APIs shared/ may use besides ECMAScript, for `no-undef` below: every name declared in
 * shared/types/web-globals.d.ts (see there why), read from that file so the list exists once.
 */
const SHARED_GLOBALS = Object.fromEntries(
  [
    ...readFileSync(path.join(root, 'shared/types/web-globals.d.ts'), 'utf8').matchAll(
      /^(?:declare (?:const|function) |interface |type )(\w+)/gm,
    ),
  ].map(([, name]) => [name, 'readonly']),
);

/**
 * Where code may import from, checked on the resolved file (so `../../renderer/…` and
 * `../features/x/file` are caught however they are spelled). See "Boundaries" in README.md.
 */
const boundaries = [
  {
    target: 'shared',
    from: ['renderer', 'electron'],
    message: 'shared/ is used by both sides and imports neither renderer/ nor electron/.',
  },
  {
    target: ['electron/main', 'electron/preload'],
    from: 'renderer',
    message: 'The main process and the preload reach the page only through shared/ipc.',
  },
  {
    target: 'renderer/src',
    from: 'electron',
    message: 'The page reaches Electron only through the Bridge (renderer/src/platform).',
  },
  {
    target: ['renderer/src/ui', 'renderer/src/db', 'renderer/src/platform', 'renderer/src/queries'],
    from: FEATURES_DIR,
    message: 'ui/, db/, platform/ and queries/ are below the features and import none of them.',
  },
  {
    target: [
      FEATURES_DIR,
      'renderer/src/ui',
      'renderer/src/db',
      'renderer/src/platform',
      'renderer/src/queries',
    ],
    from: 'renderer/src/app',
    message:
      'app/ puts the features together and sits above them; what a page needs lives below (ui/ …).',
  },
  // One database and one bridge are made at start-up and handed down through React context, so
  // a component test gives a screen its own (useDb(), useBridge()) instead of replacing modules.
  {
    target: ['app', 'features', 'queries', 'ui', 'db', 'platform', 'i18n'].map(
      (dir) => `renderer/src/${dir}`,
    ),
    from: ['renderer/src/db/index.ts', 'renderer/src/platform/index.ts'],
    message: 'Only main.tsx makes the database and the bridge; use useDb() / useBridge().',
  },
  // A feature's index.ts is its public face: other features, app/ and main.tsx use only that.
  ...features.map((feature) => ({
    target: [`${FEATURES_DIR}/!(${feature})/**`, 'renderer/src/app/**', 'renderer/src/*.{ts,tsx}'],
    from: `${FEATURES_DIR}/${feature}`,
    except: ['./index.ts'],
    message: `Import what features/${feature} offers from its index.ts (add it there if it is missing).`,
  })),
];

/** Production code never imports test helpers or benchmarks. */
const noTestImports = {
  target: ['shared/**/!(*.test).ts', 'renderer/src', 'electron/main', 'electron/preload'],
  from: ['test', 'bench'],
  message: 'Test helpers and benchmarks stay out of the app (test/support/ is for tests).',
};

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'test/.reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: {
        // Type information from the tsconfig that owns each file (see tsconfig.json).
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    settings: {
      // Which files import-x reads to follow imports (no-cycle): ours are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from users or files is never rendered as HTML.',
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...boundaries, noTestImports] },
      ],
      // The boundary rules skip what they cannot resolve, so every relative import must resolve.
      'import-x/no-unresolved': ['error', { ignore: ['^[^.]'] }],
      'import-x/no-self-import': 'error',
      // Type-aware rules (typescript-eslint's recommended- and strictTypeChecked) that hold here.
      // Not yet: no-confusing-void-expression, restrict-template-expressions, unbound-method,
      // require-await, no-unnecessary-type-assertion, no-unnecessary-condition, no-deprecated,
      // no-unsafe-assignment/-member-access/-return, no-misused-spread, no-base-to-string,
      // no-redundant-type-constituents, prefer-promise-reject-errors and a few more each find
      // existing code to change first.
      ...Object.fromEntries(
        [
          'await-thenable',
          'no-array-delete',
          'no-duplicate-type-constituents',
          'no-floating-promises',
          'no-for-in-array',
          'no-implied-eval',
          'no-meaningless-void-operator',
          'no-misused-promises',
          'no-mixed-enums',
          'no-unnecessary-template-expression',
          'no-unsafe-argument',
          'no-unsafe-call',
          'no-unsafe-enum-comparison',
          'no-unsafe-unary-minus',
          'only-throw-error',
          'prefer-reduce-type-parameter',
          'prefer-return-this-type',
          'related-getter-setter-pairs',
          'use-unknown-in-catch-callback-variable',
        ].map((rule) => [`@typescript-eslint/${rule}`, 'error']),
      ),
      '@typescript-eslint/restrict-plus-operands': [
        'error',
        {
          allowAny: false,
          allowBoolean: false,
          allowNullish: false,
          allowNumberAndString: false,
          allowRegExp: false,
        },
      ],
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
    },
  },
  {
    // No import cycles in the app (tests cannot be part of one: the app never imports them).
    // test/unit/architecture/import-cycles.test.ts checks the same and also counts `import type`.
    files: ['shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}', 'electron/{main,preload}/**/*.ts'],
    ignores: TESTS,
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // JavaScript files (this config, tools) are in no tsconfig: no type information for them.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Globals per part (TypeScript checks TS files against the same split, see tsconfig.*.json).
  {
    files: ['renderer/src/**'],
    ignores: ['renderer/src/**/*.worker.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['electron/**', 'test/**', 'bench/**', '**/*.test.ts', '*.{js,mjs,ts}', 'renderer/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright callbacks run in the page.
    files: ['test/e2e/**', 'test/electron/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // shared/: ECMAScript and the Web APIs listed above, nothing from the DOM or Node. TypeScript
    // checks this too, except in shared/portfolio/pdf/, whose pdfmake types bring in the DOM:
    // `no-undef` (usually left to TypeScript) holds the line there and everywhere in shared/.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: {
      globals: SHARED_GLOBALS,
      parserOptions: { lib: ['es2023'] },
    },
    rules: {
      'no-undef': 'error',
      'import-x/no-nodejs-modules': 'error',
    },
  },
  {
    // shared/ is pure: no Electron, Dexie or React (see the architecture in README).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'dexie', 'react', 'react-dom'] }],
    },
  },
  {
    // The page: ECMAScript and the DOM. TypeScript cannot keep Node's globals out here (pdfmake's
    // types, which the PDF worker needs, load them), so `no-undef` does.
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { lib: ['es2023', 'dom', 'dom.iterable'] } },
    rules: { 'no-undef': 'error', 'import-x/no-nodejs-modules': 'error' },
  },
  {
    // Web Workers have their own globals (self, postMessage), not the DOM's.
    files: ['renderer/src/**/*.worker.ts'],
    languageOptions: {
      globals: globals.worker,
      parserOptions: { lib: ['es2023', 'webworker'] },
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests index into fixtures they built themselves.
    files: TESTS,
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

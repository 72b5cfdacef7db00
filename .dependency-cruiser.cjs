/**
 * The layers of src/ (see ARCHITECTURE.md, "Layers"): imports only point down. Run by
 * `npm run lint`. Tests (`*.test.ts(x)`, `tests/`), `bench/` and `scripts/` may import anything.
 */
const TEST = '\\.test\\.tsx?$';
/** Test data builders beside the code (`fixtures/`): they may use the catalogue and reference data. */
const TEST_SUPPORT = [TEST, '/fixtures/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles anywhere in src.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-not-to-tests',
      severity: 'error',
      comment: 'Code in src (tests beside it aside) never imports tests/.',
      from: { path: '^src/', pathNot: TEST },
      to: { path: '^tests/' },
    },
    {
      name: 'domain-only-domain',
      severity: 'error',
      comment: 'The domain is pure: it imports nothing of ours but the domain.',
      from: { path: '^src/domain/', pathNot: TEST_SUPPORT },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'contract-only-domain',
      severity: 'error',
      comment: 'The API contract (src/contract: operations, schemas, shared constants) sits at the bottom beside the domain: it imports only the domain and libraries.',
      from: { path: '^src/contract/', pathNot: TEST_SUPPORT },
      to: { path: '^src/', pathNot: '^src/(contract|domain)/' },
    },
    {
      name: 'engines-below-api',
      severity: 'error',
      comment:
        'The engines (report, charts, import) import only the domain, the contract, the pure helpers (markdown, i18n) and each other ' +
        'as the design needs: the report draws its charts with charts. Nothing of api, server, kernel, db or auth.',
      from: { path: '^src/(report|charts|import)/', pathNot: TEST_SUPPORT },
      to: { path: '^src/', pathNot: '^src/(domain|contract|report|charts|import|markdown|i18n)/' },
    },
    {
      name: 'charts-and-import-not-to-report',
      severity: 'error',
      comment: 'charts and import are used by the report and the API, never the other way round; import and charts are unrelated.',
      from: { path: '^src/(charts|import)/', pathNot: TEST_SUPPORT },
      to: { path: '^src/(report|charts|import)/', pathNot: '^src/$1/' },
    },
    {
      name: 'report-not-to-import',
      severity: 'error',
      from: { path: '^src/report/', pathNot: TEST_SUPPORT },
      to: { path: '^src/import/' },
    },
    {
      name: 'pure-helpers-pure',
      severity: 'error',
      comment: 'markdown and i18n are pure helpers: they import only each other and the domain.',
      from: { path: '^src/(markdown|i18n)/', pathNot: TEST_SUPPORT },
      to: { path: '^src/', pathNot: '^src/(markdown|i18n|domain)/' },
    },
    {
      name: 'kernel-below-api',
      severity: 'error',
      comment: 'The kernel (errors, the context type, request helpers) sits below auth and api: it imports the domain, engines (types), i18n and db.',
      from: { path: '^src/kernel/', pathNot: TEST_SUPPORT },
      to: { path: '^src/(api|auth|server|cli|demo|web)/' },
    },
    {
      name: 'infrastructure-below-kernel',
      severity: 'error',
      comment: 'db, catalogue, reference data and paths.ts sit below the kernel and everything that uses them.',
      from: { path: ['^src/(db|catalogue|reference)/', '^src/paths\\.ts$'], pathNot: TEST_SUPPORT },
      to: { path: '^src/(api|auth|server|cli|demo|web|kernel|report|charts|import)/' },
    },
    {
      name: 'auth-below-api',
      severity: 'error',
      comment: 'auth (passwords, sessions, user commands) is shared by the API and the CLI: it never imports them.',
      from: { path: '^src/auth/', pathNot: TEST_SUPPORT },
      to: { path: '^src/(api|server|cli|demo|web)/' },
    },
    {
      name: 'api-below-server',
      severity: 'error',
      comment: 'api may use the engines, the kernel, auth and db; server and cli wire it, demo seeds through it.',
      from: { path: '^src/api/', pathNot: TEST_SUPPORT },
      to: { path: '^src/(server|cli|demo|web)/' },
    },
    {
      name: 'demo-below-server',
      severity: 'error',
      comment: 'The demo seeds through the API commands; only server, cli and tests use it.',
      from: { path: '^src/demo/', pathNot: TEST_SUPPORT },
      to: { path: '^src/(server|cli|web)/' },
    },
    {
      name: 'web-imports-shared-pure-modules',
      severity: 'error',
      comment:
        'The web app imports its own folders, the API contract, the domain, i18n, markdown, the chart builders and ' +
        'the import report types (src/import/types.ts).',
      from: { path: '^src/web/', pathNot: TEST_SUPPORT },
      to: {
        path: '^src/',
        pathNot: [
          '^src/(web|contract|domain|i18n|markdown)/',
          '^src/charts/(builders|echarts-setup|echarts-map-setup)\\.ts$',
          '^src/import/types\\.ts$',
        ],
      },
    },
    {
      name: 'nothing-imports-web',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/web/', ...TEST_SUPPORT] },
      to: { path: '^src/web/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.check.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

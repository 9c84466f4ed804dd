// The workspace's tests in three Jest projects:
//   unit   — `<package>/test/unit/`: no network, no database (test/support/unit/ makes both throw);
//   e2e    — every other test: real HTTP between real services on MySQL or the embedded database;
//   serial — `test/serial/`: restarts shared services, so it runs alone (`npm run test:serial`);
//   cluster — `test/cluster/`: the graph on a three-node Galera cluster (`npm run test:cluster`).
// `npm test` runs unit and e2e; `npm run test:unit` the fast loop alone. Sources are compiled by
// swc with decorator metadata (type-graphql and TypeORM need it; docs/gotchas.md, G6) and
// workspace packages resolve to their sources, so tests never depend on a stale build.

const swcTypeScript = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];
const swcJavaScript = [
  "@swc/jest",
  { jsc: { parser: { syntax: "ecmascript" }, target: "es2022" }, module: { type: "commonjs" } },
];

const workspaceModules = {
  "^@frontera/subgraph-(.*)$": "<rootDir>/subgraphs/$1/src/server.ts",
  "^@frontera/gateway$": "<rootDir>/gateway/src/server.ts",
  "^@frontera/(agreements-client|auth|code-lists|config|database|federation|identifiers|operations|port-daily-counts|seed|service|subgraph|telemetry|testing)$":
    "<rootDir>/packages/$1/src/index.ts",
};

/** What every project shares. */
const common = {
  rootDir: __dirname,
  testEnvironment: "node",
  // services started in-process log one JSON line per request: quiet unless asked for
  setupFiles: ["<rootDir>/test/support/quiet-logs.js"],
  transform: { "^.+\\.js$": swcJavaScript, "^.+\\.ts$": swcTypeScript },
  // jose is ESM-only; Jest on Node 20 loads CommonJS, so it is compiled like our sources.
  transformIgnorePatterns: ["/node_modules/(?!(\\.pnpm/jose@[^/]+/node_modules/)?jose/)"],
  moduleNameMapper: workspaceModules,
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
};

/** @type {import('jest').Config} */
module.exports = {
  // Each worker has its own MySQL schemas; two workers suit the two cores CI runs on.
  maxWorkers: 2,
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/**/test/unit/**/*.test.ts"],
      // after the test framework: it lifts the refusal once the file's tests are done
      setupFilesAfterEnv: ["<rootDir>/test/support/unit/no-network.js"],
      moduleNameMapper: {
        ...workspaceModules,
        "^better-sqlite3$": "<rootDir>/test/support/unit/no-database.js",
      },
    },
    {
      ...common,
      displayName: "e2e",
      // GraphiQL's and the console's bundles, which the gateway serves, built once before any test starts one
      globalSetup: "<rootDir>/test/support/build-bundles.js",
      testMatch: ["<rootDir>/**/test/**/*.test.ts"],
      testPathIgnorePatterns: [
        ...common.testPathIgnorePatterns,
        "/test/unit/",
        "<rootDir>/test/serial/",
        "<rootDir>/test/cluster/",
      ],
    },
    {
      ...common,
      displayName: "serial",
      globalSetup: "<rootDir>/test/support/build-bundles.js",
      testMatch: ["<rootDir>/test/serial/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "cluster",
      globalSetup: "<rootDir>/test/support/build-bundles.js",
      testMatch: ["<rootDir>/test/cluster/**/*.test.ts"],
    },
  ],
};

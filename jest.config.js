// One Jest run for the whole workspace. Sources are compiled by swc with decorator metadata
// (type-graphql and TypeORM need it; docs/gotchas.md, G6) and workspace packages resolve to their
// sources, so tests never depend on a stale build.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // services started in-process log one JSON line per request: quiet unless asked for
  setupFiles: ["<rootDir>/test/support/quiet-logs.js"],
  globalSetup: "<rootDir>/test/support/build-ide.js",
  testMatch: ["<rootDir>/**/test/**/*.test.ts"],
  // test/serial restarts shared services: `npm run test:serial` runs it alone.
  testPathIgnorePatterns: ["/node_modules/", "/dist/", ...(process.env.FRONTERA_SERIAL_TESTS ? [] : ["/test/serial/"])],
  transform: {
    "^.+\\.js$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "ecmascript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
    "^.+\\.ts$": [
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
    ],
  },
  // jose is ESM-only; Jest on Node 20 loads CommonJS, so it is compiled like our sources.
  transformIgnorePatterns: ["/node_modules/(?!(\\.pnpm/jose@[^/]+/node_modules/)?jose/)"],
  moduleNameMapper: {
    "^@frontera/subgraph-(.*)$": "<rootDir>/subgraphs/$1/src/server.ts",
    "^@frontera/gateway$": "<rootDir>/gateway/src/server.ts",
    "^@frontera/(agreements-client|auth|code-lists|config|database|federation|identifiers|operations|port-daily-counts|seed|service|subgraph|telemetry|testing)$":
      "<rootDir>/packages/$1/src/index.ts",
  },
  testTimeout: 120_000,
  // Each worker has its own MySQL schemas; two workers suit the two cores CI runs on.
  maxWorkers: 2,
};

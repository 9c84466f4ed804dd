import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildServices, startServiceProcess } from "../support/graph-processes";

// What the Dockerfile's runtime stage holds, built here the way the Dockerfile builds it
// (scripts/bundle-service.mjs, i.e. `pnpm deploy --prod`) and then started: no Docker engine runs
// here, so the bundle is checked and run directly, as the image would run it.

const root = join(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "frontera-bundle-"));
const DEV_ONLY = /^(typescript|jest|@swc\+|ts-jest|eslint|prettier|autocannon|fast-check|@graphql-hive\+gateway@)/;

beforeAll(() => buildServices(), 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([
  ["gateway", "GATEWAY_PORT"],
  ["subgraphs/agreements", "AGREEMENTS_PORT"],
])("the %s bundle", (serviceDir, portVariable) => {
  const out = join(work, serviceDir.replace("/", "-"));

  it("holds compiled code and production dependencies only, and serves from them", async () => {
    execFileSync(process.execPath, [join(root, "scripts", "bundle-service.mjs"), serviceDir, out], { stdio: "ignore" });

    expect(readdirSync(out).sort()).toEqual(
      serviceDir === "gateway"
        ? ["dist", "node_modules", "package.json", "supergraph.graphql"]
        : ["dist", "node_modules", "package.json"],
    );
    const installed = readdirSync(join(out, "node_modules", ".pnpm"));
    expect(installed.filter((name) => DEV_ONLY.test(name))).toEqual([]);
    // workspace packages come in as their dist/ alone; no other service comes in at all
    const workspace = readdirSync(join(out, "node_modules", "@frontera"));
    expect(workspace).not.toContain("testing");
    // The gateway has no database: no driver, ORM, schema builder or demo data comes with it.
    if (serviceDir === "gateway") expect(checkGatewayBundle(out)).toMatchObject({ status: 0 });
    expect(workspace.filter((name) => name.startsWith("subgraph-") || name === "gateway")).toEqual([]);
    for (const name of workspace) {
      expect(existsSync(join(out, "node_modules", "@frontera", name, "src"))).toBe(false);
      // packages/ide and packages/console are browser bundles (GraphiQL, the console), not modules
      const entry = name === "ide" ? "ide.js" : name === "console" ? "console.js" : "index.js";
      expect(existsSync(join(out, "node_modules", "@frontera", name, "dist", entry))).toBe(true);
    }

    const service = await startServiceProcess(
      serviceDir,
      {
        NODE_ENV: "production",
        [portVariable]: "0",
        FRONTERA_DATA_DIR: join(work, "data"),
        FRONTERA_KEYS_FILE: join(work, "keys.json"),
        SEED_ON_EMPTY: "false",
      },
      join(out, "dist", "index.js"),
    );
    try {
      const health = await fetch(service.url.replace(/\/graphql$/, "/health"));
      expect(health.status).toBe(200);
    } finally {
      await service.stop();
    }
  }, 120_000);
});

/** scripts/check-gateway-bundle.mjs on a bundle already built: its exit status and what it printed. */
function checkGatewayBundle(bundle: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(root, "scripts", "check-gateway-bundle.mjs"), "--bundle", bundle], {
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

it("the gateway bundle check fails on a bundle holding the ORM or the seed, naming them", () => {
  const bundle = join(work, "fake-gateway");
  mkdirSync(join(bundle, "node_modules", ".pnpm", "typeorm@1.1.1_mysql2@3.24.6"), { recursive: true });
  mkdirSync(join(bundle, "node_modules", ".pnpm", "@faker-js+faker@9.9.0"), { recursive: true });
  mkdirSync(join(bundle, "node_modules", "@frontera", "seed"), { recursive: true });
  mkdirSync(join(bundle, "node_modules", "@frontera", "service"), { recursive: true });

  const { status, output } = checkGatewayBundle(bundle);

  expect(status).toBe(1);
  expect(output).toContain("the gateway bundle holds typeorm, @faker-js/faker, @frontera/seed:");
});

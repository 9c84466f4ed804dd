import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { type SubgraphDefinition } from "@frontera/subgraph";
import { agreementsSubgraph } from "@frontera/subgraph-agreements";
import { cargoSubgraph } from "@frontera/subgraph-cargo";
import { travellersSubgraph } from "@frontera/subgraph-travellers";
import {
  type TestAuth,
  type TestDatabase,
  type TestSeedSize,
  createTestAuth,
  prepareTestDatabase,
} from "@frontera/testing";

const root = join(__dirname, "..", "..");
// Each subgraph has its own context type; here they are only seeded and started.
// Travellers before cargo: cargo's crossing relay is told where travellers answers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const SUBGRAPHS: Array<SubgraphDefinition<any>> = [agreementsSubgraph, travellersSubgraph, cargoSubgraph];

/** These processes run the compiled services: build them (incremental, quick when up to date). */
export function buildServices(): void {
  execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-b"], { cwd: root, stdio: "inherit" });
}

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** SIGTERM, as an orchestrator stops a service, and wait until it has exited. */
  stop(): Promise<void>;
}

/** Starts `node <dir>/dist/index.js` on port 0 and resolves with the URL it reports being ready at. */
export function startServiceProcess(
  dir: string,
  env: Record<string, string>,
  entry = join(root, dir, "dist", "index.js"),
): Promise<ServiceProcess> {
  const name = dir.split("/").pop()!;
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("OTEL_")));
  const child = spawn(process.execPath, [entry], {
    env: { ...base, HOST: "127.0.0.1", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = / ready at (\S+)/.exec(chunk.toString());
      if (match)
        resolve({
          name,
          url: match[1],
          child,
          stop: () => {
            if (child.exitCode === null) child.kill("SIGTERM");
            return exited;
          },
        });
    });
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}: ${stderr}`)));
  });
}

export interface GraphDatabases {
  auth: TestAuth;
  databases: Record<string, TestDatabase>;
  drop(): Promise<void>;
}

/** One seeded database per subgraph and one set of signing keys, for graphs of real processes. */
export async function prepareGraphDatabases(seedSize: TestSeedSize): Promise<GraphDatabases> {
  const databases: Record<string, TestDatabase> = {};
  for (const definition of SUBGRAPHS) databases[definition.name] = await prepareTestDatabase(definition, seedSize);
  return {
    auth: await createTestAuth(),
    databases,
    drop: async () => {
      for (const database of Object.values(databases)) await database.drop();
    },
  };
}

export interface GraphProcesses {
  gatewayUrl: string;
  services: ServiceProcess[];
  /** Stops the gateway first, then the subgraphs, each with SIGTERM, and waits for them to exit. */
  stop(): Promise<void>;
}

/** The three subgraphs and the gateway, each its own process, over the prepared databases. */
export async function startGraphProcesses(prepared: GraphDatabases, env: Record<string, string> = {}) {
  const services: ServiceProcess[] = [];
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
  };
  const common = {
    FRONTERA_KEYS_FILE: prepared.auth.auth.keysFile,
    FRONTERA_ISSUER: prepared.auth.auth.issuer,
    SEED_ON_EMPTY: "false",
    ...env,
  };
  try {
    const urls: Record<string, string> = {};
    for (const definition of SUBGRAPHS) {
      const database = prepared.databases[definition.name];
      const service = await startServiceProcess(`subgraphs/${definition.name}`, {
        ...common,
        DATABASE_URL: database.databaseUrl ?? "",
        FRONTERA_DATA_DIR: database.dataDir,
        [`${definition.name.toUpperCase()}_PORT`]: "0",
        ...(urls.agreements ? { AGREEMENTS_URL: urls.agreements } : {}),
        ...(urls.travellers ? { TRAVELLERS_URL: urls.travellers } : {}),
      });
      services.push(service);
      urls[definition.name] = service.url;
    }
    const gateway = await startServiceProcess("gateway", {
      ...common,
      GATEWAY_PORT: "0",
      FRONTERA_DATA_DIR: prepared.databases.agreements.dataDir,
      AGREEMENTS_URL: urls.agreements,
      CARGO_URL: urls.cargo,
      TRAVELLERS_URL: urls.travellers,
    });
    services.push(gateway);
    return { gatewayUrl: gateway.url, services, stop } satisfies GraphProcesses;
  } catch (error) {
    await stop();
    throw error;
  }
}

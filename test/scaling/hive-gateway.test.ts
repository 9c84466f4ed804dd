import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SUPERGRAPH_FILE } from "@frontera/gateway";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { type TestGraph, postGraphQL } from "@frontera/testing";
import { freePort } from "../support/free-port";
import { startWholeGraph } from "../support/whole-graph";

// Another gateway on the same supergraph.graphql: Hive Gateway (MIT, a devDependency) stands in
// for "any spec-compliant federation gateway", Apollo Router included, which cannot run here.
// It answers the canonical query exactly as ours does, and the subgraphs still enforce fields and
// rows for it; what it does not do is ours alone: the disclosure log (docs/scaling.md).

const root = join(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "frontera-hive-"));
let graph: TestGraph;
let hive: ChildProcess;
let hiveUrl: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 40 });
  let supergraph = readFileSync(SUPERGRAPH_FILE, "utf8");
  for (const [name, subgraph] of Object.entries(graph.subgraphs))
    supergraph = supergraph.replace(
      new RegExp(`name: "${name}", url: "[^"]+"`),
      `name: "${name}", url: "${subgraph.url}"`,
    );
  writeFileSync(join(work, "supergraph.graphql"), supergraph);
  // Hive Gateway reports the port it was given, not the one port 0 got: pick a free one first.
  const port = await freePort();
  hive = spawn(
    join(root, "node_modules", ".bin", "hive-gateway"),
    ["supergraph", join(work, "supergraph.graphql"), "--host", "127.0.0.1", "--port", String(port)],
    // bench/hive/gateway.config.ts forwards the caller's token, as ours does, and signs each
    // subgraph request with the secret the subgraphs share with our gateway
    {
      cwd: join(root, "bench", "hive"),
      env: {
        ...process.env,
        NODE_ENV: "production",
        LOG_LEVEL: "info",
        FRONTERA_SUBGRAPH_SECRET: graph.auth.subgraphSecret,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  hiveUrl = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Listening on")) resolve(`http://127.0.0.1:${port}/graphql`);
    };
    hive.stdout!.on("data", onData);
    hive.stderr!.on("data", onData);
    hive.once("exit", (code) => reject(new Error(`hive-gateway exited with ${code}: ${output}`)));
    // not an assertion on speed: a start that never comes fails with what Hive said, not in silence
    setTimeout(() => reject(new Error(`hive-gateway did not start: ${output}`)), 90_000).unref();
  });
}, 120_000);

afterAll(async () => {
  if (hive && hive.exitCode === null) {
    const exited = new Promise((resolve) => hive.once("exit", resolve));
    hive.kill("SIGTERM");
    await exited;
  }
  await graph?.stop();
  rmSync(work, { recursive: true, force: true });
});

const AUDIT = `{ disclosures(filter: { agencyCode: "SENASICA" }, first: 1) { totalCount } }`;

describe("the same supergraph behind Hive Gateway", () => {
  it("signs its subgraph requests in the format the subgraphs check (without it: 401)", async () => {
    const token = await graph.auth.token();
    const signed = await postGraphQL(hiveUrl, "{ ports { code } }", {}, { authorization: `Bearer ${token}` });
    expect(signed.body.errors).toBeUndefined();
    const unsigned = await postGraphQL(
      graph.subgraphs.agreements.url,
      "{ ports { code } }",
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(unsigned.status).toBe(401);
  });

  it("answers ShipmentDossier exactly as our gateway does", async () => {
    const token = await graph.auth.token();
    const variables = { port: "2304", first: 10 };
    const ours = await graph.query(SHIPMENT_DOSSIER, variables, token);
    const theirs = await postGraphQL(hiveUrl, SHIPMENT_DOSSIER, variables, { authorization: `Bearer ${token}` });
    expect(ours.body.errors).toBeUndefined();
    expect((ours.body.data as { shipments: { edges: unknown[] } }).shipments.edges.length).toBeGreaterThan(0);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual(ours.body);
  });

  it("still gets fields and rows enforced by the subgraphs, but records no disclosure", async () => {
    const senasica = await graph.auth.token({
      agency: "SENASICA",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
    });
    const disclosures = async () =>
      (await graph.query<{ disclosures: { totalCount: number } }>(AUDIT)).body.data!.disclosures.totalCount;
    const before = await disclosures();

    const theirs = await postGraphQL(
      hiveUrl,
      SHIPMENT_DOSSIER,
      { port: "2304", first: 10 },
      { authorization: `Bearer ${senasica}` },
    );
    const nodes = theirs.body.data!.shipments!.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    // the travellers subgraph refuses driver names to SENASICA, whichever gateway asks
    for (const node of nodes) expect(node.trip.driver).toBeNull();
    expect(theirs.body.errors?.some((error) => error.extensions?.code === "FORBIDDEN")).toBe(true);
    expect(await disclosures()).toBe(before);

    // the same answer through our gateway is logged before it is sent
    await graph.query(SHIPMENT_DOSSIER, { port: "2304", first: 10 }, senasica);
    expect(await disclosures()).toBe(before + 1);
  });
});

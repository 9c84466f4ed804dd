import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SUPERGRAPH_FILE } from "@frontera/gateway";
import { postGraphQL } from "@frontera/testing";
import { QUERY_FIELDS, changedSupergraph } from "../support/changed-supergraph";
import { buildServices, prepareGraphDatabases, startGraphProcesses } from "../support/graph-processes";

// The gateway process as deployed reloads SUPERGRAPH_FILE on SIGHUP (what happens to requests in
// flight and to bad files: supergraph-reload.test.ts).

const work = mkdtempSync(join(tmpdir(), "frontera-sighup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the gateway process", () => {
  it("serves the new supergraph file after SIGHUP", async () => {
    buildServices();
    const prepared = await prepareGraphDatabases({ seed: 6, shipments: 10 });
    const file = join(work, "process-supergraph.graphql");
    copyFileSync(SUPERGRAPH_FILE, file);
    const processes = await startGraphProcesses(prepared, { SUPERGRAPH_FILE: file, LOG_LEVEL: "info" });
    try {
      const token = await prepared.auth.token();
      const fields = async () =>
        (
          await postGraphQL<{ __type: { fields: Array<{ name: string }> } }>(
            processes.gatewayUrl,
            QUERY_FIELDS,
            {},
            {
              authorization: `Bearer ${token}`,
            },
          )
        ).body.data!.__type.fields.map((field) => field.name);
      expect(await fields()).not.toContain("supergraphRevision");

      const gateway = processes.services.find((service) => service.name === "gateway")!;
      // the gateway's own log line says when the new supergraph serves: no timer
      const reloaded = new Promise<void>((resolve) =>
        gateway.child.stdout!.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes('"msg":"supergraph reloaded"')) resolve();
        }),
      );
      writeFileSync(file, changedSupergraph());
      gateway.child.kill("SIGHUP");
      await reloaded;
      expect(await fields()).toContain("supergraphRevision");
    } finally {
      await processes.stop();
      await prepared.drop();
    }
  }, 120_000);
});

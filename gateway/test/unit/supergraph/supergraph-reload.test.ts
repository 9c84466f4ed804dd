import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reloadableSupergraph } from "../../../src/supergraph/supergraph-reload";
import { committedSupergraph } from "../committed-supergraph";

const { sdl } = committedSupergraph();

async function serving(initial = sdl) {
  const file = join(mkdtempSync(join(tmpdir(), "frontera-supergraph-")), "supergraph.graphql");
  const refused: object[] = [];
  const log = { info: () => undefined, error: (details: object) => refused.push(details) };
  const supergraph = reloadableSupergraph({ initialSdl: initial, file, log });
  const updates: string[] = [];
  await supergraph.manager({ update: (next) => updates.push(next) });
  return { supergraph, file, updates, refused };
}

describe("reloading the supergraph file", () => {
  it("hands a changed, valid supergraph to the gateway, and nothing when it is unchanged", async () => {
    const { supergraph, file, updates } = await serving();
    writeFileSync(file, sdl);
    expect(await supergraph.reload()).toMatchObject({ outcome: "unchanged" });
    const next = sdl.replace("Ports of entry, by code.", "Ports of entry, by their code.");
    writeFileSync(file, next);
    expect(await supergraph.reload()).toMatchObject({ outcome: "reloaded" });
    expect(updates).toEqual([next]);
  });

  it.each([
    ["a file that is not a supergraph", "type Query { broken", /not a valid supergraph/],
    ["a supergraph without its scopes", sdl.replace(/ @scope\(requires: \[[^\]]*\]\)/g, ""), /declares no @scope/],
    [
      "a supergraph whose @scope does not fit its definition",
      sdl.replace('@scope(requires: ["risk:read"])', "@scope(requires: [7])"),
      /not a valid supergraph/,
    ],
  ])("refuses %s, keeps the old one and logs why", async (_name, contents, reason) => {
    const { supergraph, file, updates, refused } = await serving();
    writeFileSync(file, contents);
    expect(await supergraph.reload()).toMatchObject({ outcome: "refused", reason: expect.stringMatching(reason) });
    expect(updates).toEqual([]);
    expect(refused).toEqual([expect.objectContaining({ reason: expect.stringMatching(reason) })]);
  });
});

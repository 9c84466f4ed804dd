import { type KindRule, kindRuleBranches } from "../../src/access/kind-rule-branches";

// The cells a partner's page is read in (docs/performance.md, "A partner's inspections"): disjoint,
// together every (port, kind) its rules show in the listed direction, and none where no split helps.

const JOINT = ["PRE_INSPECTION", "UCP_JOINT"];
const NORTH = "NORTHBOUND";
const SOUTH = "SOUTHBOUND";

/** The cells as [port, kind | null], read back from the branches' parameters. */
function cells(rules: KindRule[], listed: { direction: string; portCode?: string; kind?: string }) {
  const branches = kindRuleBranches(rules, "inspection", listed);
  return branches?.map(({ parameters }) => {
    const values = Object.values(parameters) as string[];
    return [values[0], values[1] ?? null];
  });
}

describe("kindRuleBranches", () => {
  const anam: KindRule[] = [{ kinds: JOINT, direction: NORTH, ports: ["2304", "2305"] }];

  it("one cell per kind at the listed port", () => {
    expect(cells(anam, { direction: NORTH, portCode: "2304" })).toEqual([
      ["2304", "PRE_INSPECTION"],
      ["2304", "UCP_JOINT"],
    ]);
  });

  it("one cell per port and kind when no port is listed", () => {
    expect(cells(anam, { direction: NORTH })).toEqual([
      ["2304", "PRE_INSPECTION"],
      ["2304", "UCP_JOINT"],
      ["2305", "PRE_INSPECTION"],
      ["2305", "UCP_JOINT"],
    ]);
  });

  it("one cell per port when the list asks for one kind", () => {
    expect(cells(anam, { direction: NORTH, kind: "UCP_JOINT" })).toEqual([
      ["2304", null],
      ["2305", null],
    ]);
  });

  it("a port where every kind shows is one cell, and other ports keep theirs", () => {
    const rules: KindRule[] = [...anam, { kinds: null, direction: NORTH, ports: ["2305", "2401"] }];

    expect(cells(rules, { direction: NORTH })).toEqual([
      ["2304", "PRE_INSPECTION"],
      ["2304", "UCP_JOINT"],
      ["2305", null],
      ["2401", null],
    ]);
  });

  it("kinds at every port: one cell per kind at a listed port, no split without one", () => {
    const senasica: KindRule[] = [{ kinds: ["AGRICULTURE"], direction: NORTH, ports: null }];

    expect(cells(senasica, { direction: NORTH, portCode: "2304" })).toEqual([["2304", "AGRICULTURE"]]);
    expect(cells(senasica, { direction: NORTH })).toBeUndefined();
  });

  it("no split where it would not help", () => {
    const officer: KindRule[] = [{ kinds: null, direction: NORTH, ports: null }];

    // every kind at the listed port: the list as it stands
    expect(cells(officer, { direction: NORTH, portCode: "2304" })).toBeUndefined();
    // nothing shown this way, at this port, or of this kind: the rules in the query show nothing
    expect(cells(anam, { direction: SOUTH, portCode: "2304" })).toBeUndefined();
    expect(cells(anam, { direction: NORTH, portCode: "2301" })).toBeUndefined();
    expect(cells(anam, { direction: NORTH, kind: "PRIMARY" })).toBeUndefined();
    // more cells than a page is worth reading that many times
    const ports = Array.from({ length: 13 }, (_, i) => String(2400 + i));
    expect(cells([{ kinds: JOINT, direction: NORTH, ports }], { direction: NORTH })).toBeUndefined();
  });

  it("names every branch's parameters apart and narrows by port and kind only", () => {
    const branches = kindRuleBranches(anam, "inspection", { direction: NORTH })!;
    const names = branches.flatMap(({ parameters }) => Object.keys(parameters));

    expect(new Set(names).size).toBe(names.length);
    expect(branches[1].where).toBe("inspection.portCode = :branchPort1 AND inspection.kind = :branchKind1");
  });
});

import { type Scope, scopeEnumName } from "@frontera/auth";
import { encodeGlobalId } from "@frontera/federation";
import { type TestGraph, postToSubgraph } from "@frontera/testing";
import { type Data, USER_ERRORS, ok as expectOk } from "../support/graphql-expectations";
import { drainDisclosureChain } from "../../subgraphs/agreements/src/disclosure/disclosure-chain";
import { startWholeGraph } from "../support/whole-graph";

// Holds (issue 18): an agency holding the right scope at a port stops a shipment there; no
// inspection result releases it until the hold is released; partners read only the holds their
// scopes allow, in every path (fields, lists, counts, filters, entities, global ids).

let graph: TestGraph;
let senasica: string;
let anam: string;

// What the default arrangements grant (packages/seed/src/default-arrangements.ts).
const SENASICA_SCOPES = [
  "reference:read",
  "cargo:manifest:read",
  "inspection:agri:read",
  "hold:agri:read",
  "hold:agri:write",
];
const ANAM_SCOPES = [
  "reference:read",
  "cargo:manifest:read",
  "cargo:conveyance:read",
  "cargo:commercial:read",
  "inspection:joint:read",
  "traveller:identity:read",
];
const PORT = "2304"; // Laredo: a UCP port, where ANAM reads joint inspections

// Shipments of the seed that crossed, were released and carry no hold: each test takes its own.
let free: string[] = [];
const takeShipment = () => free.shift()!;

beforeAll(async () => {
  graph = await startWholeGraph();
  senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner", scopes: SENASICA_SCOPES });
  anam = await graph.auth.token({ agency: "ANAM", kind: "partner", scopes: ANAM_SCOPES });
  const data = await ok(`{ shipments(filter: { portCode: "${PORT}", status: RELEASED }, first: 100) {
    edges { node { shipmentControlNumber holds { holdId } } } } }`);
  free = data.shipments.edges
    .map((edge: Data) => edge.node)
    .filter((node: Data) => node.holds.length === 0)
    .map((node: Data) => node.shipmentControlNumber);
  expect(free.length).toBeGreaterThan(8);
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);

const as = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
  (await graph.query<Data>(query, variables, token)).body;

const direct = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
  (
    await postToSubgraph<Data>(
      graph.subgraphs.cargo.url,
      query,
      variables,
      { authorization: `Bearer ${token}` },
      graph.auth.subgraphSecret,
    )
  ).body;

const forbiddenPaths = (errors: Data[] | undefined) =>
  (errors ?? []).filter((error) => error.extensions?.code === "FORBIDDEN").map((error) => error.path.join("."));

const PLACE = `mutation ($input: PlaceShipmentHoldInput!, $key: String) {
  placeShipmentHold(input: $input, idempotencyKey: $key) {
    hold { id holdId kind open reason placedBy agency { code } events { action actor agency { code } reason } }
    ${USER_ERRORS}
  }
}`;

const RELEASE = `mutation ($id: ID!, $reason: String!, $key: String) {
  releaseShipmentHold(id: $id, reason: $reason, idempotencyKey: $key) {
    hold { holdId open releasedBy releaseReason releasingAgency { code } events { action agency { code } reason } }
    ${USER_ERRORS}
  }
}`;

const place = (token: string, shipmentControlNumber: string, kind: string, key?: string) =>
  as(token, PLACE, { input: { shipmentControlNumber, kind, reason: `${kind} hold under test` }, key });

const status = async (token: string, shipmentControlNumber: string) =>
  (await as(token, `{ shipment(shipmentControlNumber: "${shipmentControlNumber}") { status } }`)).data!.shipment.status;

async function openAgricultureExam(shipmentControlNumber: string): Promise<string> {
  const data =
    await ok(`mutation { openInspection(input: { target: { shipmentControlNumber: "${shipmentControlNumber}" },
    kind: AGRICULTURE, agencyCodes: ["CBP"], locationCountry: "US",
    startedAt: "${new Date(Date.now() - 60_000).toISOString()}" }) { inspection { inspectionId } } }`);
  return data.openInspection.inspection.inspectionId;
}

const recordResult = (inspectionId: string, result: string) =>
  ok(`mutation { recordInspectionResult(input: { inspectionId: "${inspectionId}", result: ${result},
    endedAt: "${new Date().toISOString()}", pestFindings: [] }) { inspection { result } ${USER_ERRORS} } }`);

describe("a SENASICA agricultural hold", () => {
  it("blocks release by an inspection result until SENASICA releases it", async () => {
    const shipment = takeShipment();
    const exam = await openAgricultureExam(shipment);

    const placed = await as(senasica, PLACE, {
      input: { shipmentControlNumber: shipment, kind: "AGRICULTURAL", reason: "Suspected fruit fly larvae" },
    });
    expect(placed.errors).toBeUndefined();
    const hold = placed.data!.placeShipmentHold.hold;
    expect(hold).toMatchObject({
      kind: "AGRICULTURAL",
      open: true,
      reason: "Suspected fruit fly larvae",
      agency: { code: "SENASICA" },
      events: [{ action: "PLACED", agency: { code: "SENASICA" }, reason: "Suspected fruit fly larvae" }],
    });
    expect(hold.events[0].actor).toBe(hold.placedBy);
    // CBP (every inspection, every hold) and SENASICA (agricultural ones) both see it stop the shipment.
    expect(await status(await graph.auth.token(), shipment)).toBe("ON_HOLD");
    expect(await status(senasica, shipment)).toBe("ON_HOLD");

    const refused = await recordResult(exam, "RELEASED");
    expect(refused.recordInspectionResult.inspection).toBeNull();
    expect(refused.recordInspectionResult.userErrors).toEqual([
      { field: ["input", "result"], code: "SHIPMENT_ON_HOLD", message: expect.stringContaining(hold.holdId) },
    ]);
    const treated = await recordResult(exam, "TREATED");
    expect(treated.recordInspectionResult.userErrors[0].code).toBe("SHIPMENT_ON_HOLD");
    const exam0 = await ok(`{ inspection(id: "${exam}") { result events { action } } }`);
    expect(exam0.inspection).toEqual({ result: "PENDING", events: [{ action: "OPENED" }] });

    const released = await as(senasica, RELEASE, { id: hold.id, reason: "Larvae identified as non-actionable" });
    expect(released.errors).toBeUndefined();
    expect(released.data!.releaseShipmentHold.hold).toMatchObject({
      open: false,
      releasedBy: hold.placedBy,
      releaseReason: "Larvae identified as non-actionable",
      releasingAgency: { code: "SENASICA" },
      events: [
        { action: "PLACED", agency: { code: "SENASICA" }, reason: "Suspected fruit fly larvae" },
        { action: "RELEASED", agency: { code: "SENASICA" }, reason: "Larvae identified as non-actionable" },
      ],
    });

    const recorded = await recordResult(exam, "RELEASED");
    expect(recorded.recordInspectionResult).toEqual({ inspection: { result: "RELEASED" }, userErrors: [] });
    expect(await status(await graph.auth.token(), shipment)).toBe("RELEASED");
  });

  it("does not stop results that keep the goods: HELD is recorded under a hold", async () => {
    const shipment = takeShipment();
    const exam = await openAgricultureExam(shipment);
    expect((await place(senasica, shipment, "AGRICULTURAL")).errors).toBeUndefined();
    const held = await recordResult(exam, "HELD");
    expect(held.recordInspectionResult).toEqual({ inspection: { result: "HELD" }, userErrors: [] });
    expect(await status(await graph.auth.token(), shipment)).toBe("ON_HOLD");
  });

  it("is placed once for a retried request, refuses a blank reason and a second release, writing nothing", async () => {
    const shipment = takeShipment();
    const blank = await as(senasica, PLACE, {
      input: { shipmentControlNumber: shipment, kind: "AGRICULTURAL", reason: "  " },
    });
    expect(blank.data!.placeShipmentHold).toEqual({
      hold: null,
      userErrors: [{ field: ["input", "reason"], code: "INVALID", message: expect.any(String) }],
    });
    const first = await place(senasica, shipment, "AGRICULTURAL", `hold-${shipment}`);
    const again = await place(senasica, shipment, "AGRICULTURAL", `hold-${shipment}`);
    expect(again.data!.placeShipmentHold.hold.holdId).toBe(first.data!.placeShipmentHold.hold.holdId);
    const duplicate = await place(senasica, shipment, "AGRICULTURAL");
    expect(duplicate.data!.placeShipmentHold.userErrors[0]).toMatchObject({ code: "ALREADY_EXISTS" });
    const listed = await ok(
      `{ shipment(shipmentControlNumber: "${shipment}") { holds { holdId events { action } } } }`,
    );
    expect(listed.shipment.holds).toEqual([
      { holdId: first.data!.placeShipmentHold.hold.holdId, events: [{ action: "PLACED" }] },
    ]);

    const id = first.data!.placeShipmentHold.hold.id;
    expect((await as(senasica, RELEASE, { id, reason: "done", key: `release-${shipment}` })).errors).toBeUndefined();
    const retried = await as(senasica, RELEASE, { id, reason: "done", key: `release-${shipment}` });
    expect(retried.data!.releaseShipmentHold.userErrors).toEqual([]);
    const twice = await as(senasica, RELEASE, { id, reason: "again" });
    expect(twice.data!.releaseShipmentHold.userErrors).toEqual([
      { field: ["id"], code: "ALREADY_RELEASED", message: expect.any(String) },
    ]);
    const events = await ok(`{ hold(id: "${id}") { events { action } } }`);
    expect(events.hold.events).toEqual([{ action: "PLACED" }, { action: "RELEASED" }]);
  });

  it("is a kind SENASICA may place; a customs hold needs hold:write, and ANAM may place none", async () => {
    const shipment = takeShipment();
    const customs = await place(senasica, shipment, "CUSTOMS");
    expect(customs.data!.placeShipmentHold).toBeNull();
    expect(customs.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["hold:write"] });
    // ANAM holds no hold scope at all: the gateway cuts the mutation before any subgraph is asked.
    const byAnam = await place(anam, shipment, "AGRICULTURAL");
    expect(byAnam.data?.placeShipmentHold ?? null).toBeNull();
    expect(byAnam.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    // Straight at the subgraph, signed as the gateway signs, the field's own scope refuses it.
    const byAnamDirect = await direct(anam, PLACE, {
      input: { shipmentControlNumber: shipment, kind: "AGRICULTURAL", reason: "x" },
    });
    expect(byAnamDirect.data?.placeShipmentHold ?? null).toBeNull();
    expect(byAnamDirect.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    const listed = await ok(`{ shipment(shipmentControlNumber: "${shipment}") { holds { holdId } status } }`);
    expect(listed.shipment).toEqual({ holds: [], status: "RELEASED" });
  });
});

describe("partners read only the holds their scopes allow", () => {
  let agricultural: { id: string; holdId: string; shipment: string };
  let customs: { id: string; holdId: string; shipment: string };

  beforeAll(async () => {
    const agriShipment = takeShipment();
    const agri = (await place(senasica, agriShipment, "AGRICULTURAL")).data!.placeShipmentHold.hold;
    agricultural = { id: agri.id, holdId: agri.holdId, shipment: agriShipment };
    const customsShipment = takeShipment();
    const customsHold = (await place(await graph.auth.token(), customsShipment, "CUSTOMS")).data!.placeShipmentHold
      .hold;
    customs = { id: customsHold.id, holdId: customsHold.holdId, shipment: customsShipment };
    expect(customsHold.agency).toEqual({ code: "CBP" });
  });

  it("ANAM gets no agricultural hold through the shipment, its status, lists, counts, filters or ids", async () => {
    const { data, errors } = await as(
      anam,
      `{ shipment(shipmentControlNumber: "${agricultural.shipment}") { shipmentControlNumber status holds { kind } } }`,
    );
    expect(data!.shipment).toMatchObject({ shipmentControlNumber: agricultural.shipment, holds: null });
    // ANAM reads joint inspections at Laredo: its status comes from those, never from the hold.
    expect(data!.shipment.status).not.toBe("ON_HOLD");
    expect(await status(await graph.auth.token(), agricultural.shipment)).toBe("ON_HOLD");
    expect(forbiddenPaths(errors)).toEqual(["shipment.holds"]);

    const listed = await as(anam, `{ holds(first: 10) { totalCount edges { node { kind } } } }`);
    expect(listed.data?.holds ?? null).toBeNull();
    expect(forbiddenPaths(listed.errors)).toEqual(["holds"]);

    const filtered = await as(
      anam,
      `{ shipments(filter: { portCode: "${PORT}", status: ON_HOLD }, first: 5) { totalCount } }`,
    );
    expect(filtered.data?.shipments ?? null).toBeNull();
    expect(filtered.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.status" });

    const byId = await as(anam, `{ node(id: "${agricultural.id}") { id ... on ShipmentHold { kind reason } } }`);
    expect(byId.data!.node).toBeNull();
  });

  it("ANAM gets none of it straight at the cargo subgraph either", async () => {
    const entities = await direct(
      anam,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ShipmentHold { holdId kind reason } } }`,
      { r: [{ __typename: "ShipmentHold", holdId: agricultural.holdId }] },
    );
    expect(entities.data!._entities).toEqual([null]);

    const listed = await direct(anam, `{ holds(first: 10) { totalCount } }`);
    expect(listed.data?.holds?.totalCount ?? 0).toBe(0);
    const nested = await direct(
      anam,
      `{ shipment(shipmentControlNumber: "${agricultural.shipment}") { holds { kind } status } }`,
    );
    expect(nested.data!.shipment.holds).toBeNull();
    expect(nested.data!.shipment.status).not.toBe("ON_HOLD");
  });

  it("SENASICA reads agricultural holds only: lists, counts, filters, nested paths and entities agree", async () => {
    const cbpCounts = await ok(`{ agri: holds(filter: { kind: AGRICULTURAL }, first: 0) { totalCount }
      customs: holds(filter: { kind: CUSTOMS }, first: 0) { totalCount } }`);
    expect(cbpCounts.customs.totalCount).toBeGreaterThan(0);

    const seen = await as(
      senasica,
      `{ all: holds(first: 100) { totalCount edges { node { kind } } }
        customs: holds(filter: { kind: CUSTOMS }, first: 10) { totalCount edges { node { holdId } } }
        atPort: holds(filter: { portCode: "${PORT}", open: true }, first: 100) { totalCount edges { node { holdId } } } }`,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.all.totalCount).toBe(cbpCounts.agri.totalCount);
    expect(new Set(seen.data!.all.edges.map((edge: Data) => edge.node.kind))).toEqual(new Set(["AGRICULTURAL"]));
    expect(seen.data!.customs).toEqual({ totalCount: 0, edges: [] });
    const atPort = seen.data!.atPort.edges.map((edge: Data) => edge.node.holdId);
    expect(atPort).toContain(agricultural.holdId);
    expect(atPort).not.toContain(customs.holdId);

    const nested = await as(
      senasica,
      `{ shipment(shipmentControlNumber: "${customs.shipment}") { status holds { kind } } }`,
    );
    expect(nested.data!.shipment).toEqual({ status: expect.any(String), holds: [] });
    expect(nested.data!.shipment.status).not.toBe("ON_HOLD");
    expect(await status(await graph.auth.token(), customs.shipment)).toBe("ON_HOLD");

    const entities = await direct(
      senasica,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ShipmentHold { holdId kind } } }`,
      {
        r: [
          { __typename: "ShipmentHold", holdId: customs.holdId },
          { __typename: "ShipmentHold", holdId: agricultural.holdId },
        ],
      },
    );
    expect(entities.data!._entities).toEqual([null, { holdId: agricultural.holdId, kind: "AGRICULTURAL" }]);
    const byId = await as(senasica, `{ node(id: "${encodeGlobalId("ShipmentHold", customs.holdId)}") { id } }`);
    expect(byId.data!.node).toBeNull();

    // A hold it may not read does not exist for it: releasing it finds nothing.
    const release = await as(senasica, RELEASE, { id: customs.id, reason: "not mine" });
    expect(release.data!.releaseShipmentHold.userErrors).toEqual([
      { field: ["id"], code: "NOT_FOUND", message: expect.any(String) },
    ]);
    expect((await ok(`{ hold(id: "${customs.id}") { open } }`)).hold.open).toBe(true);
  });
});

describe("a partner's hold scopes hold at its arrangement's ports only", () => {
  const OTHER = "2506"; // Nogales: outside the arrangement below
  let inm: string;

  beforeAll(async () => {
    const grant = (scopes: Scope[], ports: string[]) =>
      ok(`mutation ($input: CreateArrangementInput!) { createArrangement(input: $input) { arrangement { id } } }`, {
        input: {
          providerCode: "CBP",
          recipientCode: "INM",
          agreementId: "trusted-traveller-cooperation",
          scopes: (["reference:read", ...scopes] as Scope[]).map(scopeEnumName),
          coverage: "LISTED_PORTS",
          portCodes: ports,
          purpose: "a test of hold scopes bound to ports",
          confidentialityAssurance: true,
          validFrom: "2026-01-01T00:00:00Z",
        },
      });
    await grant(["cargo:manifest:read"], [PORT, OTHER]);
    await grant(["hold:agri:read", "hold:agri:write", "inspection:read"], [PORT]);
    inm = await graph.auth.token({
      agency: "INM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "hold:agri:read", "hold:agri:write"],
    });
  });

  it("places an agricultural hold at Laredo, and is refused at Nogales, through the gateway and at the subgraph", async () => {
    const inside = await place(inm, takeShipment(), "AGRICULTURAL");
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.placeShipmentHold.hold.agency).toEqual({ code: "INM" });

    const elsewhere = await ok(`{ shipments(filter: { portCode: "${OTHER}" }, first: 1) {
      edges { node { shipmentControlNumber } } } }`);
    const outsideShipment = elsewhere.shipments.edges[0].node.shipmentControlNumber;
    const outside = await place(inm, outsideShipment, "AGRICULTURAL");
    expect(outside.data!.placeShipmentHold).toBeNull();
    expect(outside.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    const outsideDirect = await direct(inm, PLACE, {
      input: { shipmentControlNumber: outsideShipment, kind: "AGRICULTURAL", reason: "x" },
    });
    expect(outsideDirect.data?.placeShipmentHold ?? null).toBeNull();
    expect(outsideDirect.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(
      (await ok(`{ shipment(shipmentControlNumber: "${outsideShipment}") { holds { holdId } } }`)).shipment.holds,
    ).toEqual([]);
  });

  it("with every inspection but no hold scope, a shipment's status does not tell of a hold", async () => {
    const inspectorOnly = await graph.auth.token({
      agency: "INM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "inspection:read"],
    });
    const shipment = takeShipment();
    expect((await place(await graph.auth.token(), shipment, "CUSTOMS")).errors).toBeUndefined();
    expect(await status(await graph.auth.token(), shipment)).toBe("ON_HOLD");
    expect(await status(inspectorOnly, shipment)).toBe("RELEASED");
    const filtered = await as(
      inspectorOnly,
      `{ shipments(filter: { portCode: "${PORT}", status: ON_HOLD }, first: 5) { totalCount } }`,
    );
    expect(filtered.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.status" });
  });

  it("lists only the agricultural holds at Laredo", async () => {
    const { data, errors } = await as(
      inm,
      `{ holds(first: 100) { totalCount edges { node { kind port { code } } } } }`,
    );
    expect(errors).toBeUndefined();
    const cbp = await ok(`{ holds(filter: { portCode: "${PORT}", kind: AGRICULTURAL }, first: 0) { totalCount } }`);
    expect(data!.holds.totalCount).toBe(cbp.holds.totalCount);
    for (const { node } of data!.holds.edges) expect(node).toEqual({ kind: "AGRICULTURAL", port: { code: PORT } });
  });
});

describe("the seeded holds", () => {
  it("stop a small share of shipments, mostly agricultural, some released, each with its history", async () => {
    const data = await ok(`{ shipments(first: 0) { totalCount }
      holds(filter: { placedAt: { to: "2026-12-05T00:00:00Z" } }, first: 100) { totalCount edges { node {
        kind open placedAt releasedAt agency { code } events { action at } shipment { status } } } } }`);
    const holds = data.holds.edges.map((edge: Data) => edge.node);
    expect(data.holds.totalCount).toBeGreaterThan(0);
    expect(data.holds.totalCount).toBeLessThan(data.shipments.totalCount * 0.1);
    const agri = holds.filter((hold: Data) => hold.kind === "AGRICULTURAL").length;
    expect(agri).toBeGreaterThan(holds.length / 2);
    expect(holds.some((hold: Data) => !hold.open)).toBe(true);
    for (const hold of holds) {
      expect(hold.events.map((event: Data) => event.action)).toEqual(hold.open ? ["PLACED"] : ["PLACED", "RELEASED"]);
      expect(hold.events[0].at).toBe(hold.placedAt);
      if (hold.open) expect(["ON_HOLD", "SEIZED", "REEXPORTED"]).toContain(hold.shipment.status);
    }
  });
});

describe("the disclosure log", () => {
  it("names each hold a partner read, by its key, though the partner did not select the key", async () => {
    const shipment = takeShipment();
    const placed = await place(await graph.auth.token(), shipment, "AGRICULTURAL");
    expect(placed.errors).toBeUndefined();
    const recordId = encodeGlobalId("ShipmentHold", placed.data!.placeShipmentHold.hold.holdId);
    const entries = async () => {
      await drainDisclosureChain(graph.subgraphs.agreements.dataSource);
      const data = await ok(
        `query ($filter: DisclosureFilter) { disclosures(filter: $filter, first: 50) { edges { node { agency { code } } } } }`,
        { filter: { recordId } },
      );
      return data.disclosures.edges.map((edge: Data) => edge.node.agency.code);
    };
    expect(await entries()).toEqual([]); // placed by CBP: nothing disclosed yet

    const read = await as(
      senasica,
      `query ($n: ID!) { shipment(shipmentControlNumber: $n) { holds { kind reason } } }`,
      {
        n: shipment,
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.shipment.holds).toEqual([{ kind: "AGRICULTURAL", reason: "AGRICULTURAL hold under test" }]);
    expect(await entries()).toEqual(["SENASICA"]);
  });
});

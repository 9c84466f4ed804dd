import { type TestGraph } from "@frontera/testing";
import { type Data, ok as expectOk } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// An inspection's history is data: every change keeps who made it, when, the result before and
// after, and why a result was reopened, readable by whoever may read the inspection.

let graph: TestGraph;
let senasica: string;

beforeAll(async () => {
  graph = await startWholeGraph();
  senasica = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);

const EVENTS = `events { at actor agency { code } action resultBefore resultAfter reason }`;

describe("Inspection.events", () => {
  // First: the tests after it add events.
  it("gives the seeded inspections their history: opened, then the result recorded", async () => {
    const { inspections } = await ok(
      `{ inspections(first: 100) { edges { node { result startedAt endedAt agencies { code } ${EVENTS} } } } }`,
    );
    for (const { node } of inspections.edges) {
      const opened = {
        at: node.startedAt,
        actor: "frontera-seed",
        agency: node.agencies[0],
        action: "OPENED",
        resultBefore: null,
        resultAfter: "PENDING",
        reason: null,
      };
      expect(node.events).toEqual(
        node.result === "PENDING"
          ? [opened]
          : [
              opened,
              {
                ...opened,
                at: node.endedAt,
                action: "RESULT_RECORDED",
                resultBefore: "PENDING",
                resultAfter: node.result,
              },
            ],
      );
    }
  });

  it("keeps a seized result and the reason it was reopened when the inspection is released", async () => {
    const { shipments } = await ok(`{ shipments(first: 1) { edges { node { shipmentControlNumber } } } }`);
    const controlNumber = shipments.edges[0].node.shipmentControlNumber;
    const opened = await ok(`mutation { openInspection(input: { target: { shipmentControlNumber: "${controlNumber}" },
      kind: SECONDARY, agencyCodes: ["CBP"], locationCountry: "US", startedAt: "${new Date(Date.now() - 60_000).toISOString()}" }) { inspection { id } } }`);
    const id = opened.openInspection.inspection.id;
    const record = (result: string) =>
      ok(`mutation { recordInspectionResult(input: { inspectionId: "${id}", result: ${result},
        endedAt: "${new Date().toISOString()}", pestFindings: [] }) { inspection { result } } }`);

    await record("SEIZED");
    const reopened = await ok(
      `mutation { reopenInspection(id: "${id}", reason: "seal number misread at primary") {
        inspection { result reopenedCount } } }`,
    );
    expect(reopened.reopenInspection.inspection).toEqual({ result: "PENDING", reopenedCount: 1 });
    await record("RELEASED");

    const { inspection } = await ok(`{ inspection(id: "${id}") { result ${EVENTS} } }`);
    expect(inspection.result).toBe("RELEASED");
    const by = { actor: "test-cbp", agency: { code: "CBP" } };
    expect(inspection.events).toEqual([
      { ...by, at: expect.any(String), action: "OPENED", resultBefore: null, resultAfter: "PENDING", reason: null },
      {
        ...by,
        at: expect.any(String),
        action: "RESULT_RECORDED",
        resultBefore: "PENDING",
        resultAfter: "SEIZED",
        reason: null,
      },
      {
        ...by,
        at: expect.any(String),
        action: "REOPENED",
        resultBefore: "SEIZED",
        resultAfter: "PENDING",
        reason: "seal number misread at primary",
      },
      {
        ...by,
        at: expect.any(String),
        action: "RESULT_RECORDED",
        resultBefore: "PENDING",
        resultAfter: "RELEASED",
        reason: null,
      },
    ]);
    const times = inspection.events.map((event: Data) => Date.parse(event.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("writes no event for a reopening it refuses, nor twice for a retried one", async () => {
    const { inspections } = await ok(
      `{ inspections(filter: { result: HELD }, first: 1) { edges { node { id events { action reason } } } } }`,
    );
    const { id, events } = inspections.edges[0].node;
    const reopen = `mutation { reopenInspection(id: "${id}", reason: "x", idempotencyKey: "reopen-${id}") {
      inspection { result } } }`;
    const blank = await ok(`mutation { reopenInspection(id: "${id}", reason: " ") {
      inspection { result } userErrors { field code } } }`);
    expect(blank.reopenInspection).toEqual({ inspection: null, userErrors: [{ field: ["reason"], code: "INVALID" }] });
    await ok(reopen);
    await ok(reopen);

    const after = await ok(`{ inspection(id: "${id}") { events { action reason } } }`);
    expect(after.inspection.events).toEqual([...events, { action: "REOPENED", reason: "x" }]);
  });

  it("shows a partner the events of the inspections it may read, and no others", async () => {
    const { body } = await graph.query<Data>(
      `{ inspections(first: 100) { edges { node { id kind events { action resultAfter agency { code } } } } } }`,
      {},
      senasica,
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.inspections.edges.map((edge: Data) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((node: Data) => node.kind))).toEqual(new Set(["AGRICULTURE"]));
    for (const node of nodes) expect(node.events[0]).toMatchObject({ action: "OPENED", resultAfter: "PENDING" });

    const all = await ok(`{ inspections(filter: { kind: PRIMARY }, first: 1) { edges { node { id } } } }`);
    const primary = all.inspections.edges[0].node.id;
    const hidden = await graph.query<Data>(`{ inspection(id: "${primary}") { id events { action } } }`, {}, senasica);
    expect(hidden.body.data!.inspection).toBeNull();
  });

  it("costs cargo one statement for the events of a whole page of inspections", async () => {
    const page = (first: number, events: boolean) =>
      `{ inspections(first: ${first}) { edges { node { id ${events ? "events { action }" : ""} } } } }`;
    // The fewest of three runs: on the embedded database a request that holds the event loop too
    // long pauses to hear its caller hang up, and a pause can only split a batch, never merge one.
    const cargoStatements = async (query: string) => {
      await graph.query<Data>(query); // warm: plans and the caller's access lookups
      const counts: number[] = [];
      for (let run = 0; run < 3; run++) {
        graph.resetStatementCounts();
        const { body } = await graph.query<Data>(query);
        expect(body.errors).toBeUndefined();
        counts.push(graph.statementCounts().cargo);
      }
      return Math.min(...counts);
    };
    for (const first of [5, 100]) {
      expect(await cargoStatements(page(first, true))).toBe((await cargoStatements(page(first, false))) + 1);
    }
  });
});

describe("the gateway's own operations", () => {
  const AUDIT = `{ disclosures(filter: { agencyCode: "SENASICA" }, first: 1) { totalCount } }`;
  const logged = async () => (await ok(AUDIT)).disclosures.totalCount;
  const RECORD = `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`;
  const input = {
    agency: "SENASICA",
    subject: "forged",
    jti: "forged",
    operationName: null,
    operationHash: "a".repeat(64),
    scopes: ["cargo:manifest:read"],
    entityCounts: [],
  };

  it("are not in the schema clients of the gateway see", async () => {
    const { mutation, input: inputType } = await ok(
      `{ mutation: __type(name: "Mutation") { fields { name } } input: __type(name: "DisclosureInput") { name } }`,
    );
    const names = mutation.fields.map((field: Data) => field.name);
    expect(names).toContain("reopenInspection");
    expect(names).not.toContain("recordDisclosures");
    expect(names).not.toContain("recordDisclosure");
    expect(inputType).toBeNull();
  });

  it("refuses recordDisclosures at the gateway, even to a token holding its scope, and records nothing", async () => {
    const before = await logged();
    for (const kind of ["internal", "service"] as const) {
      const token = await graph.auth.token({ kind, agency: "CBP", scopes: ["disclosures:record"] });
      const { body } = await graph.query<Data>(RECORD, { inputs: [input] }, token);
      expect(body.data).toBeUndefined();
      expect(body.errors![0].extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    }
    expect(await logged()).toBe(before);
  });

  it("still records a partner's disclosures, the gateway calling agreements directly", async () => {
    const before = await logged();
    const { body } = await graph.query<Data>(
      `{ inspections(first: 5) { edges { node { kind events { action } } } } }`,
      {},
      senasica,
    );
    expect(body.errors).toBeUndefined();
    expect(await logged()).toBe(before + 1);
  });
});

import { encodeGlobalId } from "@frontera/federation";
import { type TestGraph, eventually } from "@frontera/testing";
import { drainDisclosureChain } from "../../subgraphs/agreements/src/disclosure/disclosure-chain";
import { type Data, USER_ERRORS } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Issue 18: one agency asks another, under an agreement, about a cargo record; the addressee
// answers through the scope its arrangement grants; each side sees only its own requests.
let graph: TestGraph;
let cbp: string;
let anam: string;
let senasica: string;
let auditor: string;

const REQUEST_FIELDS = `id assistanceRequestId status concern question dueAt overdue direction declineReason
  requester { code } addressee { code } agreement { agreementId } port { code } subjectKind
  shipment { shipmentControlNumber } trip { tripNumber } tradeParty { tradePartyId }
  messages { author { code } body at actor } events { action agencyCode actor reason }`;

const OPEN = `mutation ($input: OpenAssistanceRequestInput!, $key: String) {
  openAssistanceRequest(input: $input, idempotencyKey: $key) { assistanceRequest { ${REQUEST_FIELDS} } ${USER_ERRORS} }
}`;
const ANSWER = `mutation ($id: ID!, $body: String!, $key: String) {
  answerAssistanceRequest(id: $id, body: $body, idempotencyKey: $key) { assistanceRequest { ${REQUEST_FIELDS} } ${USER_ERRORS} }
}`;
const MESSAGE = `mutation ($id: ID!, $body: String!) {
  addAssistanceMessage(id: $id, body: $body) { assistanceRequest { ${REQUEST_FIELDS} } ${USER_ERRORS} }
}`;
const DECLINE = `mutation ($id: ID!, $reason: String!) {
  declineAssistanceRequest(id: $id, reason: $reason) { assistanceRequest { ${REQUEST_FIELDS} } ${USER_ERRORS} }
}`;
const CLOSE = `mutation ($id: ID!) {
  closeAssistanceRequest(id: $id) { assistanceRequest { ${REQUEST_FIELDS} } ${USER_ERRORS} }
}`;
const LIST = `query ($filter: AssistanceRequestFilter, $first: Int, $after: String) {
  assistanceRequests(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { assistanceRequestId status overdue direction dueAt port { code } requester { code } addressee { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ONE = `query ($id: ID!) { assistanceRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on AssistanceRequest { assistanceRequestId question } } }`;

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

async function as(token: string, query: string, variables?: Record<string, unknown>) {
  const { status, body } = await graph.query<Data>(query, variables, token);
  return { status, data: body.data, errors: body.errors ?? [] };
}

async function okAs(token: string, query: string, variables?: Record<string, unknown>): Promise<Data> {
  const { data, errors } = await as(token, query, variables);
  expect(errors).toEqual([]);
  return data!;
}

/** Every page of a list, for a caller: the rows it sees, whatever the page size. */
async function listAll(token: string, filter: Data = {}): Promise<{ totalCount: number; nodes: Data[] }> {
  const nodes: Data[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const data: Data = await okAs(token, LIST, { filter, first: 100, after });
    totalCount = data.assistanceRequests.totalCount;
    nodes.push(...data.assistanceRequests.edges.map((edge: Data) => edge.node));
    if (!data.assistanceRequests.pageInfo.hasNextPage) break;
    after = data.assistanceRequests.pageInfo.endCursor;
  }
  return { totalCount, nodes };
}

const sql = (query: string, parameters: unknown[] = []) =>
  graph.subgraphs.agreements.dataSource.query(query, parameters) as Promise<Data[]>;

const requestCount = async () => Number((await sql("SELECT COUNT(*) AS n FROM assistance_requests"))[0]!.n);

let laredoShipment: string;
let otherPortShipment: { shipmentControlNumber: string; portCode: string };

// One due time for the whole file: a replayed request must be the same request.
const DUE = inAWeek();

const openAtLaredo = (overrides: Data = {}, key?: string) =>
  as(cbp, OPEN, {
    input: {
      addresseeCode: "ANAM",
      agreementId: "2018-customs-trade-enforcement-moc",
      subject: { shipmentControlNumber: laredoShipment },
      concern: "UNDERVALUATION",
      question: "Please share the value declared on export for this consignment.",
      dueAt: DUE,
      ...overrides,
    },
    key,
  });

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 11, shipments: 200 });
  cbp = await graph.auth.token();
  // Partner tokens carry every scope; the partner holds only what its arrangements grant.
  anam = await graph.auth.token({ agency: "ANAM", kind: "partner" });
  senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner" });
  auditor = await graph.auth.token({ agency: "CBP", kind: "internal", scopes: ["audit:read", "reference:read"] });
  const shipments = await okAs(
    cbp,
    `{ laredo: shipments(filter: { portCode: "2304" }, first: 1) { edges { node { shipmentControlNumber } } }
       nogales: shipments(filter: { portCode: "2604" }, first: 1) { edges { node { shipmentControlNumber } } } }`,
  );
  laredoShipment = shipments.laredo.edges[0].node.shipmentControlNumber;
  otherPortShipment = {
    shipmentControlNumber: shipments.nogales.edges[0].node.shipmentControlNumber,
    portCode: "2604",
  };
}, 120_000);

afterAll(async () => {
  await graph?.stop();
});

describe("a request from CBP to ANAM, answered and closed", () => {
  let id: string;

  it("CBP opens a request to ANAM about a shipment at 2304: OPEN, at the shipment's port, with its event", async () => {
    const data = (await openAtLaredo()).data!;
    expect(data.openAssistanceRequest.userErrors).toEqual([]);
    const request = data.openAssistanceRequest.assistanceRequest;
    expect(request).toMatchObject({
      status: "OPEN",
      overdue: false,
      direction: "SENT",
      requester: { code: "CBP" },
      addressee: { code: "ANAM" },
      agreement: { agreementId: "2018-customs-trade-enforcement-moc" },
      port: { code: "2304" },
      subjectKind: "SHIPMENT",
      shipment: { shipmentControlNumber: laredoShipment },
      trip: null,
      tradeParty: null,
      messages: [],
      events: [{ action: "OPENED", agencyCode: "CBP", actor: "test-cbp", reason: null }],
    });
    expect(request.id).toBe(encodeGlobalId("AssistanceRequest", request.assistanceRequestId));
    id = request.id;
  });

  it("an ANAM partner token lists it among the requests it received, and reads the shipment through it", async () => {
    const { nodes } = await listAll(anam, { direction: "RECEIVED", status: "OPEN" });
    expect(nodes.map((node) => node.assistanceRequestId)).toContain(
      (await okAs(anam, ONE, { id })).assistanceRequest.assistanceRequestId,
    );
    const data = await okAs(
      anam,
      `query ($id: ID!) { assistanceRequest(id: $id) { direction question
        shipment { shipmentControlNumber goodsItems { description hsCode } } } }`,
      { id },
    );
    expect(data.assistanceRequest.direction).toBe("RECEIVED");
    expect(data.assistanceRequest.shipment.shipmentControlNumber).toBe(laredoShipment);
    expect(data.assistanceRequest.shipment.goodsItems.length).toBeGreaterThan(0);
  });

  it("ANAM answers it: ANSWERED, the answer kept as ANAM's message", async () => {
    const data = await okAs(anam, ANSWER, { id, body: "The export value matches the invoice: USD 18,400." });
    expect(data.answerAssistanceRequest.userErrors).toEqual([]);
    expect(data.answerAssistanceRequest.assistanceRequest).toMatchObject({
      status: "ANSWERED",
      direction: "RECEIVED",
      messages: [
        { author: { code: "ANAM" }, body: "The export value matches the invoice: USD 18,400.", actor: "test-anam" },
      ],
    });
  });

  it("ANAM cannot close it (no enforcement:request), CBP can: CLOSED, every step in its events", async () => {
    const refused = await as(anam, CLOSE, { id });
    expect(refused.data?.closeAssistanceRequest ?? null).toBeNull();
    expect(refused.errors[0]?.extensions?.code).toBe("FORBIDDEN");

    const data = await okAs(cbp, CLOSE, { id });
    expect(data.closeAssistanceRequest.userErrors).toEqual([]);
    expect(data.closeAssistanceRequest.assistanceRequest.status).toBe("CLOSED");
    expect(
      data.closeAssistanceRequest.assistanceRequest.events.map((event: Data) => [event.action, event.agencyCode]),
    ).toEqual([
      ["OPENED", "CBP"],
      ["ANSWERED", "ANAM"],
      ["CLOSED", "CBP"],
    ]);
  });

  it("what ANAM read while answering is in the disclosure log: the shipment and the request, by key", async () => {
    await drainDisclosureChain(graph.subgraphs.agreements.dataSource);
    const logged = async (recordId: string) => {
      const data = await okAs(
        auditor,
        `query ($filter: DisclosureFilter) { disclosures(filter: $filter, first: 50) {
          edges { node { agency { code } scopes } } } }`,
        { filter: { recordId } },
      );
      return data.disclosures.edges.map((edge: Data) => edge.node);
    };
    const shipmentEntries = await logged(encodeGlobalId("Shipment", laredoShipment));
    expect(shipmentEntries.some((entry: Data) => entry.agency.code === "ANAM")).toBe(true);
    expect(shipmentEntries.flatMap((entry: Data) => entry.scopes)).toContain("CARGO_MANIFEST_READ");
    const requestEntries = await logged(id);
    expect(requestEntries.length).toBeGreaterThan(0);
    for (const entry of requestEntries) expect(entry.agency.code).toBe("ANAM");
    expect(requestEntries.flatMap((entry: Data) => entry.scopes)).toContain("ENFORCEMENT_RESPOND");
  });
});

describe("each agency sees only its own requests", () => {
  let senasicaRequestId: string;

  beforeAll(async () => {
    const [row] = await sql("SELECT id FROM assistance_requests WHERE addresseeCode = 'SENASICA' ORDER BY id LIMIT 1");
    senasicaRequestId = row!.id;
  });

  it("ANAM lists and counts only the requests addressed to it, whichever filter it uses", async () => {
    const expected = Number(
      (await sql("SELECT COUNT(*) AS n FROM assistance_requests WHERE addresseeCode = 'ANAM'"))[0]!.n,
    );
    expect(expected).toBeGreaterThan(0);
    const all = await listAll(anam);
    expect(all.totalCount).toBe(expected);
    expect(all.nodes.length).toBe(expected);
    for (const node of all.nodes) expect(node.addressee.code).toBe("ANAM");
    // ANAM asks nobody: its arrangement grants enforcement:respond only.
    expect((await listAll(anam, { direction: "SENT" })).totalCount).toBe(0);
    const declined = await listAll(anam, { status: "DECLINED" });
    for (const node of declined.nodes) expect(node.addressee.code).toBe("ANAM");
  });

  it("ANAM gets null for another agency's request, by id and by global id, the same as for none", async () => {
    const global = encodeGlobalId("AssistanceRequest", senasicaRequestId);
    for (const id of [senasicaRequestId, global]) {
      expect(await okAs(anam, ONE, { id })).toEqual({ assistanceRequest: null });
    }
    expect(await okAs(anam, NODE, { id: global })).toEqual({ node: null });
    expect(await okAs(anam, NODE, { id: encodeGlobalId("AssistanceRequest", "no-such-request") })).toEqual({
      node: null,
    });
    // CBP sent it: CBP sees it.
    expect((await okAs(cbp, NODE, { id: global })).node.assistanceRequestId).toBe(senasicaRequestId);
  });

  it("ANAM cannot answer, decline or message another agency's request: NOT_FOUND, nothing written", async () => {
    const events = async () =>
      Number(
        (await sql("SELECT COUNT(*) AS n FROM assistance_request_events WHERE requestId = ?", [senasicaRequestId]))[0]!
          .n,
      );
    const before = await events();
    for (const [query, variables] of [
      [ANSWER, { id: senasicaRequestId, body: "x" }],
      [MESSAGE, { id: senasicaRequestId, body: "x" }],
      [DECLINE, { id: senasicaRequestId, reason: "x" }],
    ] as const) {
      const data = await okAs(anam, query, variables);
      const [payload] = Object.values(data) as Data[];
      expect(payload.assistanceRequest).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["id"] })]);
    }
    expect(await events()).toBe(before);
  });

  it("ANAM cannot open a request: FORBIDDEN at the gateway, nothing written", async () => {
    const before = await requestCount();
    const { data, errors } = await as(anam, OPEN, {
      input: {
        addresseeCode: "CBP",
        agreementId: "2018-customs-trade-enforcement-moc",
        subject: { shipmentControlNumber: laredoShipment },
        concern: "COUNTERFEIT",
        question: "?",
        dueAt: inAWeek(),
      },
    });
    expect(data?.openAssistanceRequest ?? null).toBeNull();
    expect(errors[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(await requestCount()).toBe(before);
  });

  it("the same attacks straight at the agreements subgraph are refused", async () => {
    const direct = (query: string, variables?: Record<string, unknown>) =>
      graph.subgraphQuery<Data>("agreements", query, variables, anam);
    // Agreements' own selection: the subject's fields are cargo's.
    const opened = await direct(
      `mutation ($input: OpenAssistanceRequestInput!) {
        openAssistanceRequest(input: $input) { assistanceRequest { assistanceRequestId } ${USER_ERRORS} } }`,
      {
        input: {
          addresseeCode: "CBP",
          agreementId: "2018-customs-trade-enforcement-moc",
          subject: { shipmentControlNumber: laredoShipment },
          concern: "COUNTERFEIT",
          question: "?",
          dueAt: inAWeek(),
        },
      },
    );
    expect(opened.body.data?.openAssistanceRequest ?? null).toBeNull();
    expect(opened.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const entities = await direct(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on AssistanceRequest { assistanceRequestId question } } }`,
      {
        representations: [
          { __typename: "AssistanceRequest", assistanceRequestId: senasicaRequestId },
          { __typename: "AssistanceRequest", nodeKey: encodeGlobalId("AssistanceRequest", senasicaRequestId) },
        ],
      },
    );
    expect(entities.body.errors).toBeUndefined();
    expect(entities.body.data!._entities).toEqual([null, null]);

    const list = await direct(
      `{ assistanceRequests(first: 100) { totalCount edges { node { addressee { code } } } } }`,
    );
    expect(list.body.errors).toBeUndefined();
    for (const edge of list.body.data!.assistanceRequests.edges) expect(edge.node.addressee.code).toBe("ANAM");

    // Without the gateway's signature nothing runs at all.
    const unsigned = await fetch(graph.subgraphs.agreements.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${anam}` },
      body: JSON.stringify({ query: `{ assistanceRequests(first: 1) { totalCount } }` }),
    });
    expect(unsigned.status).toBe(401);
  });

  it("SENASICA, granted nothing for requests, is refused the list (FORBIDDEN)", async () => {
    const { data, errors } = await as(senasica, `{ assistanceRequests(first: 5) { totalCount } }`);
    expect(data?.assistanceRequests ?? null).toBeNull();
    expect(errors[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("overdue requests", () => {
  it("show for both sides, filterable, and the filter splits the list exactly", async () => {
    const cbpOverdue = await listAll(cbp, { overdue: true });
    expect(cbpOverdue.totalCount).toBeGreaterThan(0);
    const now = Date.now();
    for (const node of cbpOverdue.nodes) {
      expect(node).toMatchObject({ overdue: true, status: "OPEN", direction: "SENT" });
      expect(Date.parse(node.dueAt)).toBeLessThan(now);
    }
    const cbpOnTime = await listAll(cbp, { overdue: false });
    for (const node of cbpOnTime.nodes) expect(node.overdue).toBe(false);
    expect(cbpOverdue.totalCount + cbpOnTime.totalCount).toBe((await listAll(cbp)).totalCount);

    // ANAM sees exactly CBP's overdue requests addressed to it, overdue too.
    const anamOverdue = await listAll(anam, { overdue: true });
    expect(anamOverdue.nodes.map((node) => node.assistanceRequestId).sort()).toEqual(
      cbpOverdue.nodes
        .filter((node) => node.addressee.code === "ANAM")
        .map((node) => node.assistanceRequestId)
        .sort(),
    );
    expect(anamOverdue.totalCount).toBeGreaterThan(0);
    for (const node of anamOverdue.nodes) expect(node).toMatchObject({ overdue: true, direction: "RECEIVED" });
  });
});

describe("bad input and illegal changes", () => {
  it("names each wrong field, and writes nothing", async () => {
    const before = await requestCount();
    const data = (
      await openAtLaredo({
        addresseeCode: "NOPE",
        question: "  ",
        dueAt: new Date(Date.now() - 3600_000).toISOString(),
      })
    ).data!;
    const errors = data.openAssistanceRequest.userErrors as Data[];
    expect(data.openAssistanceRequest.assistanceRequest).toBeNull();
    expect(errors.map((error) => error.field.join("."))).toEqual(
      expect.arrayContaining(["input.addresseeCode", "input.question", "input.dueAt"]),
    );
    expect(errors.find((error) => error.field.join(".") === "input.addresseeCode")!.code).toBe("NOT_FOUND");
    expect(await requestCount()).toBe(before);
  });

  it("refuses a subject cargo does not have, an agreement the addressee is no party to, and a trade party without a port", async () => {
    const missing = (await openAtLaredo({ subject: { shipmentControlNumber: "NOSUCHSHIPMENT1" } })).data!;
    expect(missing.openAssistanceRequest.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "subject", "shipmentControlNumber"], code: "NOT_FOUND" }),
    ]);
    const notParty = (await openAtLaredo({ agreementId: "2018-agriculture-safeguarding" })).data!;
    expect(notParty.openAssistanceRequest.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "agreementId"], code: "NOT_A_PARTY" }),
    ]);
    const [party] = await graph.subgraphs.cargo.dataSource.query("SELECT id FROM trade_parties ORDER BY id LIMIT 1");
    const noPort = (await openAtLaredo({ subject: { tradePartyId: party.id } })).data!;
    expect(noPort.openAssistanceRequest.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "portCode"], code: "INVALID" }),
    ]);
    const withPort = (await openAtLaredo({ subject: { tradePartyId: party.id }, portCode: "2304" })).data!;
    expect(withPort.openAssistanceRequest.userErrors).toEqual([]);
    expect(withPort.openAssistanceRequest.assistanceRequest).toMatchObject({
      subjectKind: "TRADE_PARTY",
      tradeParty: { tradePartyId: party.id },
      port: { code: "2304" },
    });
    const wrongPort = (await openAtLaredo({ portCode: "2604" })).data!;
    expect(wrongPort.openAssistanceRequest.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "portCode"], code: "INVALID" }),
    ]);
  });

  it("refuses two subjects at once before anything runs (@oneOf)", async () => {
    const { errors } = await openAtLaredo({ subject: { shipmentControlNumber: laredoShipment, tripNumber: "X" } });
    expect(errors.length).toBeGreaterThan(0);
  });

  it("takes a trip as the subject, at the trip's port", async () => {
    const trip = (
      await okAs(cbp, `query ($n: ID!) { shipment(shipmentControlNumber: $n) { trip { tripNumber } } }`, {
        n: otherPortShipment.shipmentControlNumber,
      })
    ).shipment.trip.tripNumber;
    const data = (await openAtLaredo({ subject: { tripNumber: trip }, concern: "ANTI_DUMPING_EVASION" })).data!;
    expect(data.openAssistanceRequest.userErrors).toEqual([]);
    expect(data.openAssistanceRequest.assistanceRequest).toMatchObject({
      subjectKind: "TRIP",
      trip: { tripNumber: trip },
      shipment: null,
      port: { code: otherPortShipment.portCode },
    });
  });

  it("refuses illegal transitions and the wrong side, naming the request", async () => {
    const id = (await openAtLaredo()).data!.openAssistanceRequest.assistanceRequest.id;
    const closeOpen = (await okAs(cbp, CLOSE, { id })).closeAssistanceRequest;
    expect(closeOpen.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION", field: ["id"] })]);
    expect(closeOpen.userErrors[0].message).toContain("OPEN");
    // CBP internal tokens hold both scopes, but CBP asked: only ANAM answers.
    const wrongSide = (await okAs(cbp, ANSWER, { id, body: "self-answer" })).answerAssistanceRequest;
    expect(wrongSide.userErrors).toEqual([expect.objectContaining({ code: "WRONG_SIDE", field: ["id"] })]);
    const noReason = (await okAs(anam, DECLINE, { id, reason: " " })).declineAssistanceRequest;
    expect(noReason.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["reason"] })]);
    const emptyAnswer = (await okAs(anam, ANSWER, { id, body: "" })).answerAssistanceRequest;
    expect(emptyAnswer.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["body"] })]);

    // Both sides add messages while it is open.
    const followUp = (await okAs(cbp, MESSAGE, { id, body: "Any news?" })).addAssistanceMessage;
    expect(followUp.userErrors).toEqual([]);
    expect(followUp.assistanceRequest.messages).toEqual([expect.objectContaining({ author: { code: "CBP" } })]);

    const declined = (await okAs(anam, DECLINE, { id, reason: "Under judicial proceedings in Mexico." }))
      .declineAssistanceRequest;
    expect(declined.assistanceRequest).toMatchObject({
      status: "DECLINED",
      declineReason: "Under judicial proceedings in Mexico.",
    });
    expect(declined.assistanceRequest.events.at(-1)).toMatchObject({
      action: "DECLINED",
      agencyCode: "ANAM",
      reason: "Under judicial proceedings in Mexico.",
    });
    const answerDeclined = (await okAs(anam, ANSWER, { id, body: "late" })).answerAssistanceRequest;
    expect(answerDeclined.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION" })]);
    const messageDeclined = (await okAs(anam, MESSAGE, { id, body: "late" })).addAssistanceMessage;
    expect(messageDeclined.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION" })]);
  });
});

describe("idempotency", () => {
  it("a replayed key returns the first request without a second write; the same key for another request is refused", async () => {
    const before = await requestCount();
    const first = (await openAtLaredo({}, "assist-replay-1")).data!.openAssistanceRequest;
    const again = (await openAtLaredo({}, "assist-replay-1")).data!.openAssistanceRequest;
    expect(first.userErrors).toEqual([]);
    expect(again.userErrors).toEqual([]);
    expect(again.assistanceRequest.assistanceRequestId).toBe(first.assistanceRequest.assistanceRequestId);
    expect(await requestCount()).toBe(before + 1);
    const reused = (await openAtLaredo({ question: "Another question." }, "assist-replay-1")).data!
      .openAssistanceRequest;
    expect(reused.userErrors).toEqual([expect.objectContaining({ code: "IDEMPOTENCY_KEY_REUSED" })]);
    expect(await requestCount()).toBe(before + 1);

    const id = first.assistanceRequest.id;
    const answer = () => okAs(anam, ANSWER, { id, body: "Once.", key: "assist-answer-1" });
    const answered = (await answer()).answerAssistanceRequest;
    const replayed = (await answer()).answerAssistanceRequest;
    expect(replayed.userErrors).toEqual([]);
    expect(replayed.assistanceRequest.messages).toEqual(answered.assistanceRequest.messages);
    expect(replayed.assistanceRequest.messages).toHaveLength(1);
  });
});

describe("lists are batched", () => {
  it("a page with its subjects costs the same statements, in agreements and cargo, at first: 5 and first: 100", async () => {
    const page = `query ($first: Int) { assistanceRequests(first: $first) { totalCount edges { node {
      assistanceRequestId requester { code } addressee { code } agreement { agreementId } port { code }
      messages { author { code } body } events { action } shipment { shipmentControlNumber } } } } }`;
    const statements = async (first: number) => {
      graph.resetStatementCounts();
      const data = await okAs(cbp, page, { first });
      expect(data.assistanceRequests.edges.length).toBe(Math.min(first, data.assistanceRequests.totalCount));
      const { agreements, cargo } = graph.statementCounts();
      return { agreements, cargo };
    };
    const few = await statements(5);
    expect(few.cargo).toBeGreaterThan(0);
    expect(await statements(100)).toEqual(few);
  });
});

describe("a partner whose respond scope holds at one port only", () => {
  it("sees the requests addressed to it at that port, and none elsewhere (lists, counts, lookups)", async () => {
    await okAs(
      cbp,
      `mutation ($input: CreateArrangementInput!) { createArrangement(input: $input) { arrangement { arrangementId } ${USER_ERRORS} } }`,
      {
        input: {
          providerCode: "CBP",
          recipientCode: "SENASICA",
          agreementId: "2018-agriculture-safeguarding",
          scopes: ["ENFORCEMENT_RESPOND"],
          coverage: "LISTED_PORTS",
          portCodes: ["2304"],
          purpose: "Answering CBP's questions on agricultural consignments at Laredo",
          confidentialityAssurance: true,
          validFrom: "2026-01-01T00:00:00Z",
        },
      },
    );
    const rows = await sql("SELECT id, portCode FROM assistance_requests WHERE addresseeCode = 'SENASICA'");
    const atLaredo = rows.filter((row) => row.portCode === "2304").map((row) => row.id as string);
    const elsewhere = rows.filter((row) => row.portCode !== "2304").map((row) => row.id as string);
    expect(elsewhere.length).toBeGreaterThan(0);
    // The gateway keeps a token's access 2 s.
    const seen = await eventually(async () => {
      const { totalCount, nodes } = await listAll(senasica);
      expect(totalCount).toBe(atLaredo.length);
      return nodes;
    });
    expect(seen.map((node) => node.assistanceRequestId).sort()).toEqual([...atLaredo].sort());
    for (const node of seen) expect(node.port.code).toBe("2304");
    expect(await okAs(senasica, ONE, { id: elsewhere[0] })).toEqual({ assistanceRequest: null });
    expect(await okAs(senasica, NODE, { id: encodeGlobalId("AssistanceRequest", elsewhere[0]!) })).toEqual({
      node: null,
    });
    const declineElsewhere = (await okAs(senasica, DECLINE, { id: elsewhere[0], reason: "No." }))
      .declineAssistanceRequest;
    expect(declineElsewhere.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
  });
});

describe("the subject, read through a request, is what the reader may see of it", () => {
  it("a partner answering without cargo scopes reads the request but not its shipment or trade party", async () => {
    const granted = await okAs(
      cbp,
      `mutation ($input: CreateArrangementInput!) { createArrangement(input: $input) { arrangement { arrangementId } ${USER_ERRORS} } }`,
      {
        input: {
          providerCode: "CBP",
          recipientCode: "INM",
          agreementId: "trusted-traveller-cooperation",
          scopes: ["ENFORCEMENT_RESPOND"],
          coverage: "ALL_PORTS",
          purpose: "Answering CBP's questions on travellers' employers",
          confidentialityAssurance: true,
          validFrom: "2026-01-01T00:00:00Z",
        },
      },
    );
    expect(granted.createArrangement.userErrors).toEqual([]);
    const [party] = await graph.subgraphs.cargo.dataSource.query("SELECT id FROM trade_parties ORDER BY id LIMIT 1");
    const ask = async (subject: Data, portCode?: string) =>
      (
        await openAtLaredo({
          addresseeCode: "INM",
          agreementId: "trusted-traveller-cooperation",
          concern: "OTHER",
          subject,
          portCode,
        })
      ).data!.openAssistanceRequest.assistanceRequest.id as string;
    const aboutShipment = await ask({ shipmentControlNumber: laredoShipment });
    const aboutParty = await ask({ tradePartyId: party.id }, "2304");

    const inm = await graph.auth.token({ agency: "INM", kind: "partner" });
    const read = (id: string) =>
      eventually(async () => {
        const answer = await as(
          inm,
          `query ($id: ID!) { assistanceRequest(id: $id) { assistanceRequestId question
            shipment { shipmentControlNumber } tradeParty { tradePartyId name } } }`,
          { id },
        );
        expect(answer.data?.assistanceRequest?.question).toEqual(expect.any(String));
        return answer;
      });
    const shipmentRead = await read(aboutShipment);
    expect(shipmentRead.data!.assistanceRequest.shipment).toBeNull();
    const partyRead = await read(aboutParty);
    expect(partyRead.data!.assistanceRequest.tradeParty).toBeNull();
    expect(partyRead.errors.map((error: Data) => error.extensions?.code)).toContain("FORBIDDEN");

    // ANAM, holding cargo:commercial:read at every port, reads a trade party asked about at its port.
    const forAnam = (
      await openAtLaredo({ subject: { tradePartyId: party.id }, portCode: "2304", concern: "ANTI_DUMPING_EVASION" })
    ).data!.openAssistanceRequest.assistanceRequest.id;
    const anamRead = await okAs(
      anam,
      `query ($id: ID!) { assistanceRequest(id: $id) { tradeParty { tradePartyId name } } }`,
      {
        id: forAnam,
      },
    );
    expect(anamRead.assistanceRequest.tradeParty).toMatchObject({ tradePartyId: party.id, name: expect.any(String) });
  });
});

import { KeyStore } from "@frontera/auth";
import { RAW_BODY_SIGNATURE_HEADER, rawBodySignature } from "@frontera/service";
import { type TestGraph, createTestAuth, postGraphQL } from "@frontera/testing";
import { verifyDisclosureChain } from "../../subgraphs/agreements/src/disclosure/disclosure-chain-verification";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Agreements' POST /disclosures, straight, as the gateway calls it and as an attacker inside the
// network might: every refusal has its status and code, and leaves the log as it was
// (docs/security-model.md, "How the gateway records a disclosure").
let graph: TestGraph;
let routeUrl: string;
let metricsUrl: string;
let service: string;
let dataSource: TestGraph["subgraphs"][string]["dataSource"];

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 60 });
  routeUrl = graph.subgraphs.agreements.url.replace(/\/graphql$/, "/disclosures");
  metricsUrl = graph.subgraphs.agreements.url.replace(/\/graphql$/, "/metrics");
  service = await serviceToken();
  dataSource = graph.subgraphs.agreements.dataSource;
}, 120_000);

afterAll(async () => {
  await graph?.stop();
});

const serviceToken = (agency = "CBP") => graph.auth.token({ kind: "service", agency, scopes: ["disclosures:record"] });

/** One disclosure as the gateway sends it, naming `keys` shipments under a made-up arrangement. */
function disclosure(keys: string[]): Data {
  return {
    agency: "SENASICA",
    subject: "route-test",
    jti: "route-test",
    operationName: "RouteTest",
    operationHash: "e".repeat(64),
    documentId: null,
    scopes: ["cargo:manifest:read"],
    entityCounts: [{ typeName: "Shipment", count: keys.length }],
    grants: [{ scope: "cargo:manifest:read", arrangementIds: ["route-test"] }],
    records: [{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys }],
  };
}

/** Three good disclosures; a test spoils one of them. */
const batch = (): Data[] => [disclosure(["ROUTE-A1"]), disclosure(["ROUTE-B1", "ROUTE-B2"]), disclosure(["ROUTE-C1"])];

const sign = (body: string | Buffer) => rawBodySignature(graph.auth.subgraphSecret, "POST /disclosures", body);

/** Headers as the gateway sends them: its service token and the body's signature. */
const asGateway = (body: string | Buffer, token = service) => ({
  authorization: `Bearer ${token}`,
  [RAW_BODY_SIGNATURE_HEADER]: sign(body),
});

interface RouteAnswer {
  status: number;
  body: {
    ids?: string[];
    errors?: Array<{ message: string; extensions: Record<string, unknown> & { code: string; field?: string } }>;
  };
  text: string;
}

async function post(body: string | Buffer, headers: Record<string, string>): Promise<RouteAnswer> {
  const response = await fetch(routeUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as RouteAnswer["body"], text };
}

/** What the log holds: rows, sets of records and their members, day counts and the chain's head. */
async function logState(): Promise<Record<string, number>> {
  const count = async (sql: string) => Number(((await dataSource.query(sql)) as Array<{ n: unknown }>)[0].n);
  return {
    disclosures: await count("SELECT COUNT(*) AS n FROM `disclosures`"),
    sets: await count("SELECT COUNT(*) AS n FROM `disclosure_record_sets`"),
    members: await count("SELECT COUNT(*) AS n FROM `disclosure_record_set_members`"),
    answersCounted: await count("SELECT COALESCE(SUM(`answers`), 0) AS n FROM `disclosure_day_counts`"),
    head: await count("SELECT COALESCE(MAX(`sequence`), 0) AS n FROM `disclosure_chain_head`"),
  };
}

/** Sends `body` (already JSON text, or bytes) and expects it refused with `status` and `code`, nothing stored. */
async function expectRefused(
  body: string | Buffer,
  headers: Record<string, string>,
  status: number,
  code: string,
): Promise<RouteAnswer> {
  const before = await logState();
  const answer = await post(body, headers);
  expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions.code }).toEqual({ status, code });
  expect(answer.body.ids).toBeUndefined();
  expect(await logState()).toEqual(before);
  return answer;
}

/** Agreements' /metrics: the sum of a counter's series whose labels include `labels`. */
async function counter(name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([label, value]) => line.includes(`${label}="${value}"`))) {
      sum += Number(line.split(" ").pop());
    }
  }
  return sum;
}

const jtiOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as { jti: string }).jti;

describe("POST /disclosures", () => {
  it("stores a signed write of the gateway's service token, chained, and answers the ids in order", async () => {
    const before = await logState();
    const written = await counter("frontera_disclosure_writes_total", { outcome: "ok" });
    const body = JSON.stringify({ disclosures: batch() });
    const { status, body: answer } = await post(body, asGateway(body));
    expect(status).toBe(200);
    expect(answer.ids).toHaveLength(3);
    const rows = (await dataSource.query(
      "SELECT `id`, `sequence`, `previousHash`, `hash`, `records` FROM `disclosures` WHERE `id` IN (?, ?, ?) ORDER BY `sequence`",
      answer.ids,
    )) as Array<{ id: string; sequence: number; previousHash: string; hash: string; records: unknown }>;
    // In input order, one after another in the chain, each with its own records.
    expect(rows.map((row) => row.id)).toEqual(answer.ids);
    expect(rows.map((row) => Number(row.sequence))).toEqual([1, 2, 3].map((n) => before.head + n));
    expect(rows[1].previousHash).toBe(rows[0].hash);
    expect(rows[2].previousHash).toBe(rows[1].hash);
    const keys = rows.map(
      (row) =>
        ((typeof row.records === "string" ? JSON.parse(row.records) : row.records) as Array<{ keys: string[] }>)[0]
          .keys,
    );
    expect(keys).toEqual([["ROUTE-A1"], ["ROUTE-B1", "ROUTE-B2"], ["ROUTE-C1"]]);
    expect(await logState()).toEqual({
      disclosures: before.disclosures + 3,
      sets: before.sets + 3,
      members: before.members + 4,
      answersCounted: before.answersCounted + 3,
      head: before.head + 3,
    });
    const report = await verifyDisclosureChain(dataSource, new KeyStore(graph.auth.auth.keysFile));
    expect(report.entries).toBe(before.head + 3);
    expect(await counter("frontera_disclosure_writes_total", { outcome: "ok" })).toBe(written + 1);
    // The auditor reads them as any other disclosure.
    const { body: audit } = await graph.query<Data>(
      `{ disclosures(filter: { arrangementId: "route-test" }, first: 10) { totalCount } }`,
    );
    expect(audit.data!.disclosures.totalCount).toBeGreaterThanOrEqual(3);
  });

  describe("refuses a caller it cannot trust", () => {
    const body = JSON.stringify({ disclosures: batch() });

    it("without a token: 401", async () => {
      const { [RAW_BODY_SIGNATURE_HEADER]: signature } = asGateway(body);
      const { text } = await expectRefused(body, { [RAW_BODY_SIGNATURE_HEADER]: signature }, 401, "UNAUTHENTICATED");
      expect(text).toMatch(/bearer token/);
    });

    it.each([
      ["malformed", async () => "not.a.token"],
      [
        "signed by keys agreements does not trust",
        async () => (await createTestAuth()).token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] }),
      ],
      ["of an agency Frontera does not know", () => serviceToken("NOBODY")],
    ])("with a token %s: 401", async (_case, make) => {
      await expectRefused(body, asGateway(body, await make()), 401, "UNAUTHENTICATED");
    });

    it("with a revoked service token: 401, though the same token wrote before, and though the write was made in one round trip", async () => {
      const token = await serviceToken();
      // On MySQL a write after agreements' own is made in one round trip, its caller's standing
      // checked by the commit's guard (disclosure-append-batched.ts): written until one is.
      const sent: string[] = [];
      const listener = { afterQuery: (event: { query: string }) => void sent.push(event.query) };
      const headReads = () => sent.filter((query) => /disclosure_chain_head.*FOR UPDATE/s.test(query)).length;
      dataSource.subscribers.push(listener as never);
      try {
        for (let tries = 0; tries < 18; tries += 1) {
          sent.length = 0;
          const first = JSON.stringify({ disclosures: [disclosure([`ROUTE-REVOKED-BEFORE-${tries}`])] });
          expect((await post(first, asGateway(first, token))).status).toBe(200);
          if (headReads() === 0) break;
        }
        const oneRoundTrip = process.env.TEST_DATABASE_URL !== undefined;
        if (oneRoundTrip) expect(headReads()).toBe(0);
        const { body: revoked } = await graph.query<Data>(
          `mutation { revokeToken(jti: "${jtiOf(token)}", reason: "route test") { newlyRevoked } }`,
        );
        expect(revoked.data!.revokeToken.newlyRevoked).toBe(true);
        sent.length = 0;
        const { text } = await expectRefused(body, asGateway(body, token), 401, "UNAUTHENTICATED");
        expect(text).toMatch(/revoked/);
        // The one-round-trip write was tried and its guard refused it; the standing read then said why.
        const guards = sent.filter((query) => query.startsWith("SELECT (SELECT 1 FROM (SELECT 1 AS n")).length;
        if (oneRoundTrip) expect({ guards, headReads: headReads() }).toEqual({ guards: 1, headReads: 1 });
      } finally {
        dataSource.subscribers.splice(dataSource.subscribers.indexOf(listener as never), 1);
      }
    });

    // The standing of the caller (agency known, token not revoked) is read in the append's first
    // round trip; a write refused for anything else still hears 401 first.
    it("with a revoked or unknown caller, 401 whatever else is wrong with the write", async () => {
      const revoked = await serviceToken();
      const { body: revocation } = await graph.query<Data>(
        `mutation { revokeToken(jti: "${jtiOf(revoked)}", reason: "route test") { newlyRevoked } }`,
      );
      expect(revocation.data!.revokeToken.newlyRevoked).toBe(true);
      const revokedElsewhere = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["crossings:record"] });
      await graph.query<Data>(
        `mutation { revokeToken(jti: "${jtiOf(revokedElsewhere)}", reason: "route test") { newlyRevoked } }`,
      );
      const unknown = await serviceToken("NOBODY");
      const notJson = "{ not json";
      const malformed = JSON.stringify({ disclosures: [{ ...disclosure(["ROUTE-STANDING"]), operationHash: "nope" }] });
      for (const [token, sent] of [
        [revoked, notJson],
        [revoked, malformed],
        [unknown, notJson],
        [unknown, malformed],
        [revokedElsewhere, body], // nor 403 for a token without the scope
      ]) {
        const { text } = await expectRefused(sent, asGateway(sent, token), 401, "UNAUTHENTICATED");
        expect(text).toMatch(token === unknown ? /no agency NOBODY/ : /revoked/);
      }
    });

    it.each([
      [
        "a partner's, even one claiming disclosures:record",
        () =>
          graph.auth.token({
            kind: "partner",
            agency: "SENASICA",
            scopes: ["disclosures:record", "cargo:manifest:read"],
          }),
      ],
      ["an officer's with every scope of the vocabulary", () => graph.auth.token({ kind: "internal", agency: "CBP" })],
      [
        "a service token for another task",
        () => graph.auth.token({ kind: "service", agency: "CBP", scopes: ["crossings:record"] }),
      ],
    ])("with a token without disclosures:record (%s): 403", async (_case, make) => {
      const { body: answer } = await expectRefused(body, asGateway(body, await make()), 403, "FORBIDDEN");
      expect(answer.errors![0].extensions.requiredScopes).toEqual(["disclosures:record"]);
    });
  });

  describe("refuses a body the gateway did not sign: 401", () => {
    const body = JSON.stringify({ disclosures: batch() });

    it.each([
      ["without a signature", () => ({ authorization: `Bearer ${service}` })],
      [
        "signed with another secret",
        () => ({
          authorization: `Bearer ${service}`,
          [RAW_BODY_SIGNATURE_HEADER]: rawBodySignature(
            "another-secret-of-thirty-two-characters",
            "POST /disclosures",
            body,
          ),
        }),
      ],
      [
        "signed for another route",
        () => ({
          authorization: `Bearer ${service}`,
          [RAW_BODY_SIGNATURE_HEADER]: rawBodySignature(graph.auth.subgraphSecret, "POST /graphql", body),
        }),
      ],
      ["with the signature of another body", () => asGateway(JSON.stringify({ disclosures: batch().slice(1) }))],
    ])("%s", async (_case, headers) => {
      const { text } = await expectRefused(body, headers(), 401, "UNAUTHENTICATED");
      expect(text).toMatch(/x-frontera-signature/);
    });

    it("changed after it was signed, by a single character or by whitespace", async () => {
      const headers = asGateway(body);
      await expectRefused(body.replace("ROUTE-A1", "ROUTE-A2"), headers, 401, "UNAUTHENTICATED");
      await expectRefused(`${body} `, headers, 401, "UNAUTHENTICATED");
      await expectRefused(JSON.stringify(JSON.parse(body), null, 1), headers, 401, "UNAUTHENTICATED");
      // the same disclosures with their keys in another order are another body
      const reordered = JSON.stringify({
        disclosures: batch().map((entry) => Object.fromEntries(Object.entries(entry).reverse())),
      });
      await expectRefused(reordered, headers, 401, "UNAUTHENTICATED");
    });

    it("and checks the signature before anything else of the body: an unsigned non-JSON body is 401, not 400", async () => {
      await expectRefused("{not json", { authorization: `Bearer ${service}` }, 401, "UNAUTHENTICATED");
    });
  });

  describe("refuses a malformed write, naming the field, and stores none of its disclosures: 400", () => {
    const spoilt: Array<[string, (disclosures: Data[]) => unknown, string]> = [
      // the shape (GraphQL typed it before; zod does now)
      ["no list", () => ({}), "disclosures"],
      ["a list that is not one", () => ({ disclosures: { 0: disclosure(["X"]) } }), "disclosures"],
      ["a field besides the list", (d) => ({ disclosures: d, operation: "x" }), "operation"],
      ["a body that is not an object", () => [disclosure(["X"])], "body"],
      ["a field missing", (d) => (delete d[1].agency, { disclosures: d }), "disclosures[1].agency"],
      [
        "a field of the wrong type",
        (d) => ((d[0].scopes = "cargo:manifest:read"), { disclosures: d }),
        "disclosures[0].scopes",
      ],
      ["a field that is no field", (d) => ((d[2].admin = true), { disclosures: d }), "disclosures[2].admin"],
      ["null where a value must be", (d) => ((d[0].jti = null), { disclosures: d }), "disclosures[0].jti"],
      [
        "an agency code longer than its column",
        (d) => ((d[0].agency = "A".repeat(17)), { disclosures: d }),
        "disclosures[0].agency",
      ],
      [
        "an operation name longer than its column",
        (d) => ((d[1].operationName = "Q".repeat(201)), { disclosures: d }),
        "disclosures[1].operationName",
      ],
      [
        "a count that is not a whole number",
        (d) => ((d[0].entityCounts[0].count = 1.5), { disclosures: d }),
        "disclosures[0].entityCounts[0].count",
      ],
      [
        "a negative count",
        (d) => ((d[0].entityCounts[0].count = -1), { disclosures: d }),
        "disclosures[0].entityCounts[0].count",
      ],
      [
        "a record key that is not a string",
        (d) => ((d[2].records[0].keys = ["ROUTE-C1", 7]), { disclosures: d }),
        "disclosures[2].records[0].keys[1]",
      ],
      [
        "a grant with a field too many",
        (d) => ((d[1].grants[0].ports = ["2304"]), { disclosures: d }),
        "disclosures[1].grants[0].ports",
      ],
      // what the checks of every write decide (append-disclosures.ts)
      ["no disclosure at all", () => ({ disclosures: [] }), "disclosures"],
      [
        "an operation hash that is no SHA-256",
        (d) => ((d[1].operationHash = "not a hash"), { disclosures: d }),
        "disclosures[1].operationHash",
      ],
      [
        "a document id that is no SHA-256",
        (d) => ((d[0].documentId = "ShipmentDossier"), { disclosures: d }),
        "disclosures[0].documentId",
      ],
      [
        "a scope outside the vocabulary",
        (d) => ((d[2].scopes = ["cargo:everything"]), { disclosures: d }),
        "disclosures[2].scopes[0]",
      ],
      [
        "a grant of a scope outside the vocabulary",
        (d) => ((d[0].grants[0].scope = "root"), { disclosures: d }),
        "disclosures[0].grants[0].scope",
      ],
      [
        "a record type the gateway never names",
        (d) => ((d[1].records[0].typeName = "Agency"), { disclosures: d }),
        "disclosures[1].records[0].typeName",
      ],
      [
        "an empty record key",
        (d) => ((d[2].records[0].keys = [""]), { disclosures: d }),
        "disclosures[2].records[0].keys",
      ],
      [
        "a record key over 64 characters",
        (d) => ((d[2].records[0].keys = ["K".repeat(65)]), { disclosures: d }),
        "disclosures[2].records[0].keys",
      ],
      [
        "a record scope the disclosure does not list",
        (d) => ((d[0].records[0].scopes = ["traveller:identity:read"]), { disclosures: d }),
        "disclosures[0].records[0].scopes",
      ],
    ];

    it.each(spoilt)("%s", async (_case, spoil, field) => {
      const body = JSON.stringify(spoil(batch()));
      const { body: answer } = await expectRefused(body, asGateway(body), 400, "BAD_USER_INPUT");
      expect(answer.errors![0].extensions.field).toBe(field);
    });

    it("more disclosures than one write may carry", async () => {
      const body = JSON.stringify({ disclosures: Array.from({ length: 201 }, (_, i) => disclosure([`MANY-${i}`])) });
      const { body: answer } = await expectRefused(body, asGateway(body), 400, "BAD_USER_INPUT");
      expect(answer.errors![0]).toMatchObject({ extensions: { field: "disclosures" } });
      expect(answer.errors![0].message).toMatch(/between 1 and 200 disclosures/);
    });

    it("more record keys than one write may carry", async () => {
      const keys = (from: number, count: number) => Array.from({ length: count }, (_, i) => `K${from + i}`);
      const body = JSON.stringify({ disclosures: [disclosure(keys(0, 25_000)), disclosure(keys(25_000, 25_001))] });
      expect(Buffer.byteLength(body)).toBeLessThan(1_000_000);
      const { body: answer } = await expectRefused(body, asGateway(body), 400, "BAD_USER_INPUT");
      expect(answer.errors![0]).toMatchObject({ extensions: { field: "disclosures" } });
      expect(answer.errors![0].message).toMatch(/at most 50000 record keys/);
    });

    it.each([
      ["text that is not JSON", "{not json"],
      ["bytes that are not UTF-8", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
      ["nothing", ""],
    ])("a body of %s (400 BAD_REQUEST, after its signature checked out)", async (_case, body) => {
      await expectRefused(body, asGateway(body), 400, "BAD_REQUEST");
    });
  });

  it("refuses a body larger than /graphql takes before reading it: 413, though signed and authorised", async () => {
    const keys = Array.from({ length: 80_000 }, (_, i) => `LARGE-${String(i).padStart(8, "0")}`);
    const body = JSON.stringify({ disclosures: [disclosure(keys)] });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_000_000);
    await expectRefused(body, asGateway(body), 413, "PAYLOAD_TOO_LARGE");
  });

  it("answers 503 when the database fails, with nothing stored and nothing of the failure shown", async () => {
    const body = JSON.stringify({ disclosures: batch() });
    const unavailable = await counter("frontera_disclosure_writes_total", { outcome: "service_unavailable" });
    const before = await logState();
    // The day counts, written last in the append's transaction, cannot be written.
    await dataSource.query("ALTER TABLE `disclosure_day_counts` RENAME TO `disclosure_day_counts_away`");
    let answer: RouteAnswer | undefined;
    try {
      answer = await post(body, asGateway(body));
    } finally {
      await dataSource.query("ALTER TABLE `disclosure_day_counts_away` RENAME TO `disclosure_day_counts`");
    }
    expect(await logState()).toEqual(before);
    expect(answer!.status).toBe(503);
    expect(answer!.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: "SERVICE_UNAVAILABLE" } }],
    });
    expect(answer!.text).not.toMatch(/disclosure_day_counts|INSERT|SELECT|at .*\.ts|QueryFailedError/i);
    expect(await counter("frontera_disclosure_writes_total", { outcome: "service_unavailable" })).toBe(unavailable + 1);
    // and the log goes on, intact
    expect((await post(body, asGateway(body))).status).toBe(200);
    await verifyDisclosureChain(dataSource, new KeyStore(graph.auth.auth.keysFile));
  });

  it("is how the gateway records a partner's answer: the route's counter moves, the GraphQL mutation is not used", async () => {
    const senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner" });
    const through = {
      route: await counter("frontera_disclosure_writes_total", { outcome: "ok" }),
      mutation: await counter("frontera_graphql_requests_total", { operation: "RecordDisclosures" }),
    };
    const before = await logState();
    const { status, body } = await postGraphQL<Data>(
      graph.gatewayUrl,
      `query Manifests { shipments(filter: { portCode: "2304" }, first: 3) { edges { node { shipmentControlNumber } } } }`,
      {},
      { authorization: `Bearer ${senasica}` },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.shipments.edges).toHaveLength(3);
    expect((await logState()).disclosures).toBe(before.disclosures + 1);
    expect(await counter("frontera_disclosure_writes_total", { outcome: "ok" })).toBe(through.route + 1);
    expect(await counter("frontera_graphql_requests_total", { operation: "RecordDisclosures" })).toBe(through.mutation);
  });
});

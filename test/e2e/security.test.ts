import { SignJWT } from "jose";
import { type TestGraph, eventually, postToSubgraph } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { problemFields } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let senasica: string;
let anam: string;
let inm: string;

const SENASICA_SCOPES = ["reference:read", "cargo:manifest:read", "inspection:agri:read"];
const ANAM_SCOPES = [
  "reference:read",
  "cargo:manifest:read",
  "cargo:conveyance:read",
  "cargo:commercial:read",
  "inspection:joint:read",
  "traveller:identity:read",
];

beforeAll(async () => {
  // one token sends 12 dossiers at once below: more than the default requests in flight per token
  graph = await startWholeGraph(undefined, { maxConcurrentPerToken: 12 });
  senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner", scopes: SENASICA_SCOPES });
  anam = await graph.auth.token({ agency: "ANAM", kind: "partner", scopes: ANAM_SCOPES });
  inm = await graph.auth.token({
    agency: "INM",
    kind: "partner",
    scopes: ["reference:read", "traveller:membership:read"],
  });
});

afterAll(async () => {
  await graph?.stop();
});

async function dossier(token: string, port = "2304", first = 100) {
  const { status, body } = await graph.query<Data>(SHIPMENT_DOSSIER, { port, first }, token);
  return { status, data: body.data, errors: body.errors ?? [] };
}

describe("a partner sees what its arrangements allow", () => {
  it("SENASICA gets goods and agriculture inspections only, and no driver names", async () => {
    const { data, errors } = await dossier(senasica);
    const nodes = data!.shipments.edges.map((edge: Data) => edge.node);
    const inspections = nodes.flatMap((node: Data) => node.inspections);

    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.goodsItems.length).toBeGreaterThan(0);
    expect(inspections.length).toBeGreaterThan(0);
    for (const inspection of inspections) expect(inspection.kind).toBe("AGRICULTURE");
    // No traveller scope anywhere: the driver is null with FORBIDDEN, where the trip is.
    for (const node of nodes) expect(node.trip.driver).toBeNull();
    const driverErrors = errors.filter((error) => error.path?.at(-1) === "driver");
    expect(driverErrors.length).toBe(nodes.length);
    expect(driverErrors[0]).toMatchObject({
      extensions: { code: "FORBIDDEN" },
      path: ["shipments", "edges", 0, "node", "trip", "driver"],
    });
  });

  it("ANAM sees joint inspections only, and only at the ports of the arrangement that grants them", async () => {
    // A pre-inspection at Brownsville, which is no UCP site: not covered by ANAM's UCP arrangement.
    const internal = await graph.query<Data>(
      `{ shipments(filter: { portCode: "2301" }, first: 1) { edges { node { shipmentControlNumber } } } }`,
    );
    const scn = internal.body.data!.shipments.edges[0].node.shipmentControlNumber;
    const opened =
      await graph.query<Data>(`mutation { openInspection(input: { target: { shipmentControlNumber: "${scn}" }, kind: PRE_INSPECTION,
      agencyCodes: ["CBP", "ANAM"], locationCountry: "MX", programCode: "CPI", startedAt: "${new Date(Date.now() - 60_000).toISOString()}" }) { inspection { id } } }`);
    const hidden = opened.body.data!.openInspection.inspection.id;

    const seenByAnam = await graph.query<Data>(
      `{ inspections(filter: { kind: PRE_INSPECTION }, first: 100) { edges { node { id port { code } } } }
      joint: inspections(first: 100) { edges { node { kind port { code } } } } }`,
      {},
      anam,
    );
    const ucpSites = (
      await graph.query<Data>(`{ arrangement(id: "cbp-anam-ucp") { ports { code } } }`)
    ).body.data!.arrangement.ports.map((port: Data) => port.code);

    expect(seenByAnam.body.errors).toBeUndefined();
    expect(seenByAnam.body.data!.inspections.edges.map((edge: Data) => edge.node.id)).not.toContain(hidden);
    for (const { node } of seenByAnam.body.data!.joint.edges) {
      expect(["UCP_JOINT", "PRE_INSPECTION"]).toContain(node.kind);
      expect(ucpSites).toContain(node.port.code);
    }
    const internalView = await graph.query<Data>(`{ inspection(id: "${hidden}") { id } }`);
    expect(internalView.body.data!.inspection).toEqual({ id: hidden });
    const anamView = await graph.query<Data>(`{ inspection(id: "${hidden}") { id } }`, {}, anam);
    expect(anamView.body.data!.inspection).toBeNull();
  });

  it("INM gets no shipment data", async () => {
    const { data, errors } = await dossier(inm);
    expect(data!.shipments).toBeNull();
    expect(errors[0]).toMatchObject({ path: ["shipments"], extensions: { code: "FORBIDDEN" } });
  });

  it("forbids a field on every path: aliases, fragments and entity hops alike", async () => {
    const { body } = await graph.query<Data>(
      `query Sneaky { shipments(filter: { portCode: "2304" }, first: 2) { edges { node {
        trip { who: driver { ...Name } driver { id } } } } } }
       fragment Name on Traveller { name: familyName givenNames }`,
      {},
      senasica,
    );
    const edges = body.data!.shipments.edges;
    expect(edges.length).toBe(2);
    for (const { node } of edges) expect(node.trip).toEqual({ who: null, driver: null });
    const paths = body.errors!.map((error: Data) => error.path.join("."));
    expect(paths).toContain("shipments.edges.0.node.trip.who");
    expect(paths).toContain("shipments.edges.1.node.trip.driver");
    for (const error of body.errors!) expect(error.extensions?.code).toBe("FORBIDDEN");
  });

  it("ignores identity headers a client sends", async () => {
    const { body } = await graph.query<Data>(`{ me { kind effectiveScopes } }`, {}, null);
    expect(body.data ?? null).toBeNull();
    const response = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${senasica}`,
        "x-frontera-agency": "CBP",
        "x-frontera-kind": "internal",
        "x-user-scopes": "risk:read",
      },
      body: JSON.stringify({
        query: "{ me { agency { code } kind } shipments(first: 1) { edges { node { riskAssessment { score } } } } }",
      }),
    });
    const answer = (await response.json()) as Data;
    expect(answer.data.me).toEqual({ agency: { code: "SENASICA" }, kind: "PARTNER" });
    expect(answer.errors.some((error: Data) => error.extensions.code === "FORBIDDEN")).toBe(true);
  });

  it("counts only the rows a partner may see", async () => {
    const anamCount = await graph.query<Data>(`{ inspections(first: 0) { totalCount } }`, {}, anam);
    const internalCount = await graph.query<Data>(`{ inspections(first: 0) { totalCount } }`);
    expect(anamCount.body.data!.inspections.totalCount).toBeLessThan(internalCount.body.data!.inspections.totalCount);
  });

  it("tells a caller what it may see", async () => {
    const { body } = await graph.query<Data>(
      `{ me { agency { code } kind scopes effectiveScopes arrangements { arrangementId } } }`,
      {},
      senasica,
    );
    expect(body.data!.me).toEqual({
      agency: { code: "SENASICA" },
      kind: "PARTNER",
      // The schema spells scopes as the Scope enum does.
      scopes: ["REFERENCE_READ", "CARGO_MANIFEST_READ", "INSPECTION_AGRI_READ"],
      effectiveScopes: ["CARGO_MANIFEST_READ", "INSPECTION_AGRI_READ", "REFERENCE_READ"],
      arrangements: [{ arrangementId: "cbp-senasica-agriculture" }],
    });
  });

  it("refuses a partner's mutation: partners hold no write scope", async () => {
    const { body } = await graph.query<Data>(
      `mutation { suspendArrangement(id: "cbp-senasica-agriculture", reason: "x") { arrangement { status } } }`,
      {},
      senasica,
    );
    expect(body.data).toEqual({ suspendArrangement: null });
    expect(body.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("tokens that are refused before anything runs", () => {
  const base64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

  async function signed(changes: { iss?: string; aud?: string; exp?: number; agency?: string }) {
    const { kid, key } = await graph.auth.keys.signingKey();
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ agency: changes.agency ?? "CBP", kind: "internal", scope: "cargo:manifest:read" })
      .setProtectedHeader({ alg: "EdDSA", kid })
      .setIssuer(changes.iss ?? graph.auth.auth.issuer)
      .setAudience(changes.aud ?? "frontera")
      .setSubject("test")
      .setIssuedAt(now - 7200)
      .setExpirationTime(changes.exp ?? now + 600)
      .setJti(crypto.randomUUID())
      .sign(key);
  }

  it.each([
    [
      "unsigned (alg: none)",
      async () =>
        `${base64({ alg: "none", typ: "JWT" })}.${base64({ iss: graph.auth.auth.issuer, aud: "frontera", sub: "x", agency: "CBP", kind: "internal", scope: "cargo:manifest:read", jti: "j", iat: 1, exp: 4102444800 })}.`,
    ],
    ["expired", () => signed({ exp: Math.floor(Date.now() / 1000) - 3600 })],
    ["for another audience", () => signed({ aud: "someone-else" })],
    ["from another issuer", () => signed({ iss: "https://evil.example" })],
    [
      "tampered",
      async () => {
        const [header, payload, signature] = (
          await graph.auth.token({ agency: "SENASICA", kind: "partner", scopes: SENASICA_SCOPES })
        ).split(".");
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
        return `${header}.${base64({ ...claims, kind: "internal", scope: "risk:read" })}.${signature}`;
      },
    ],
    ["malformed", async () => "not.a.token"],
  ])("refuses a token %s with 401 UNAUTHENTICATED", async (_case, make) => {
    const { status, body } = await graph.query<Data>(`{ shipments(first: 1) { totalCount } }`, {}, await make());
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses a request without a token", async () => {
    const { status } = await graph.query(`{ shipments(first: 1) { totalCount } }`, {}, null);
    expect(status).toBe(401);
  });

  it("refuses a revoked token everywhere", async () => {
    const token = await graph.auth.token({ agency: "APHIS", kind: "partner", scopes: SENASICA_SCOPES });
    const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    const revoked = await graph.query<Data>(
      `mutation { revokeToken(jti: "${claims.jti}", reason: "lost laptop") { newlyRevoked userErrors { code } } }`,
    );
    expect(revoked.body.data).toEqual({ revokeToken: { newlyRevoked: true, userErrors: [] } });

    const { status } = await graph.query(`{ shipments(first: 1) { totalCount } }`, {}, token);
    expect(status).toBe(401);
    // signed as the gateway signs: the subgraph still checks the token itself
    const direct = await postToSubgraph(
      graph.subgraphs.cargo.url,
      `{ shipments(first: 1) { totalCount } }`,
      {},
      { authorization: `Bearer ${token}` },
      graph.auth.subgraphSecret,
    );
    expect(direct.status).toBe(401);
  });

  it("publishes the public signing keys, with their kid", async () => {
    const response = await fetch(graph.gatewayUrl.replace("/graphql", "/.well-known/jwks.json"));
    const jwks = (await response.json()) as { keys: Array<Record<string, string>> };
    expect(jwks.keys[0]).toMatchObject({
      kty: "OKP",
      crv: "Ed25519",
      alg: "EdDSA",
      use: "sig",
      kid: expect.any(String),
    });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });
});

describe("tokens no issuer may grant", () => {
  const DAY = 24 * 3600;

  /** Signed with the graph's own key: what a leaked key, or a careless minting script, could make. */
  async function minted(claims: { agency: string; kind: string; iat?: number; exp?: number; scope?: string }) {
    const { kid, key } = await graph.auth.keys.signingKey();
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ agency: claims.agency, kind: claims.kind, scope: claims.scope ?? "risk:read audit:read" })
      .setProtectedHeader({ alg: "EdDSA", kid })
      .setIssuer(graph.auth.auth.issuer)
      .setAudience("frontera")
      .setSubject("test")
      .setIssuedAt(claims.iat ?? now)
      .setExpirationTime(claims.exp ?? (claims.iat ?? now) + 600)
      .setJti(crypto.randomUUID())
      .sign(key);
  }

  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ["internal, for a partner agency (ANAM)", () => minted({ agency: "ANAM", kind: "internal" })],
    [
      "partner, for an agency Frontera does not know",
      () => minted({ agency: "ZZZZ", kind: "partner", scope: "reference:read" }),
    ],
    ["service, for an agency Frontera does not know", () => minted({ agency: "ZZZZ", kind: "service" })],
    ["living a year", () => minted({ agency: "CBP", kind: "internal", exp: now() + 365 * DAY })],
    ["issued 30 days from now", () => minted({ agency: "CBP", kind: "internal", iat: now() + 30 * DAY })],
  ])("refuses a token %s with 401, at the gateway and at every subgraph", async (_case, make) => {
    const token = await make();
    const gateway = await graph.query<Data>(`{ ports { code } me { kind } }`, {}, token);
    expect(gateway.status).toBe(401);
    expect(gateway.body.data ?? null).toBeNull();
    expect(gateway.body.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
      const direct = await postToSubgraph(
        subgraph.url,
        `{ _service { sdl } }`,
        {},
        { authorization: `Bearer ${token}` },
        graph.auth.subgraphSecret,
      );
      expect({ name, status: direct.status }).toEqual({ name, status: 401 });
    }
  });

  it("still accepts the graph's own service tokens and a day-long internal token", async () => {
    const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["reference:read"] });
    const day = await minted({ agency: "CBP", kind: "internal", scope: "reference:read", exp: now() + DAY });
    for (const token of [service, day]) {
      const { status, body } = await graph.query<Data>(`{ ports { code } }`, {}, token);
      expect(status).toBe(200);
      expect(body.data!.ports.length).toBeGreaterThan(0);
    }
  });
});

// Signed as the gateway signs, so that only the missing token is refused (see
// test/subgraphs/upstream-proof.test.ts for requests that are not signed).
describe("subgraphs answer nobody without a token", () => {
  it("gives no entities to a direct request without a token", async () => {
    const { status, body } = await postToSubgraph(
      graph.subgraphs.cargo.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Shipment { shipmentControlNumber } } }`,
      { r: [{ __typename: "Shipment", shipmentControlNumber: "ABCD12345678" }] },
      {},
      graph.auth.subgraphSecret,
    );
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
  });

  it("does not even describe itself (_service) without a token", async () => {
    const { status } = await postToSubgraph(
      graph.subgraphs.travellers.url,
      `{ _service { sdl } }`,
      {},
      {},
      graph.auth.subgraphSecret,
    );
    expect(status).toBe(401);
  });
});

describe("live arrangements and the disclosure log", () => {
  const AUDIT = `{ disclosures(filter: { agencyCode: "SENASICA" }, first: 100) { totalCount edges { node { agencyCode agency { code name } jti operationName operationHash scopes entityCounts { typeName count } } } } }`;

  it("cuts a suspended arrangement off within 5 seconds, restores it on resume, and logs only what was disclosed", async () => {
    const before = (await graph.query<Data>(AUDIT)).body.data!.disclosures.totalCount;
    const shown = await dossier(senasica);
    expect(shown.data!.shipments.edges.length).toBeGreaterThan(0);

    // Asked until the change shows, for at most the documented 5 s; every answer that carried
    // data while the old access was still kept is one more disclosure to find in the log.
    let answered = 1;
    const askUntil = (shows: (answer: Awaited<ReturnType<typeof dossier>>) => boolean) =>
      eventually(
        async () => {
          const answer = await dossier(senasica);
          if (answer.data?.shipments) answered += 1;
          if (!shows(answer)) throw new Error("the arrangement change did not show within 5 s");
          return answer;
        },
        { within: 5_000, every: 250 },
      );

    await graph.query(
      `mutation { suspendArrangement(id: "cbp-senasica-agriculture", reason: "audit") { arrangement { status } } }`,
    );
    const cut = await askUntil((answer) => answer.data?.shipments === null);
    expect(cut.errors[0].extensions).toMatchObject({ code: "FORBIDDEN" });

    await graph.query(`mutation { resumeArrangement(id: "cbp-senasica-agriculture") { arrangement { status } } }`);
    const again = await askUntil((answer) => (answer.data?.shipments?.edges.length ?? 0) > 0);

    const log = (await graph.query<Data>(AUDIT)).body.data!.disclosures;
    // the dossiers that carried data; not the refused ones
    expect(log.totalCount).toBe(before + answered);
    const latest = log.edges[0].node;
    expect(latest).toMatchObject({
      agencyCode: "SENASICA",
      agency: { code: "SENASICA", name: expect.stringContaining("Sanidad") },
      operationName: "ShipmentDossier",
      scopes: ["CARGO_MANIFEST_READ", "INSPECTION_AGRI_READ"],
    });
    expect(latest.operationHash).toMatch(/^[0-9a-f]{64}$/);
    expect(latest.entityCounts).toContainEqual({ typeName: "Shipment", count: again.data!.shipments.edges.length });
  }, 30_000);

  it("logs every one of many partner answers sent at once (recorded together, none lost)", async () => {
    const before = (await graph.query<Data>(AUDIT)).body.data!.disclosures.totalCount;
    const answers = await Promise.all(Array.from({ length: 12 }, () => dossier(senasica)));
    expect(answers.every((answer) => answer.data!.shipments.edges.length > 0)).toBe(true);
    expect((await graph.query<Data>(AUDIT)).body.data!.disclosures.totalCount).toBe(before + 12);
  });

  it("filters the log by one exact scope of the Scope enum, never by a pattern", async () => {
    const byScope = (scope: string) =>
      graph.query<Data>(`query($scope: Scope) { disclosures(filter: { scope: $scope }, first: 100) { totalCount } }`, {
        scope,
      });
    await dossier(senasica);
    const exact = (await byScope("INSPECTION_AGRI_READ")).body.data!.disclosures.totalCount;
    expect(exact).toBeGreaterThan(0);
    expect((await byScope("RISK_READ")).body.data!.disclosures.totalCount).toBe(0);

    for (const pattern of ["cargo%", "%", "INSPECTION_AGRI_REA_", "inspection:agri:read", ""]) {
      const { body } = await byScope(pattern);
      expect(body.data?.disclosures ?? null).toBeNull();
      expect(body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(body.errors![0].message).toMatch(/"Scope" enum/);
    }
  });

  it("orders the log latest first by default, oldest first when asked, and pages back", async () => {
    await dossier(senasica);
    const page = async (args: string) =>
      (
        await graph.query<Data>(
          `{ disclosures(filter: { agencyCode: "SENASICA" }, ${args}) { edges { cursor node { id at } } pageInfo { hasPreviousPage hasNextPage } } }`,
        )
      ).body.data!.disclosures;
    const latest = (await page("first: 100")).edges.map((edge: Data) => edge.node);
    const oldest = (await page("first: 100, orderBy: { field: AT, direction: ASC }")).edges.map(
      (edge: Data) => edge.node,
    );
    expect(latest.length).toBeGreaterThan(1);
    expect(oldest.map((node: Data) => node.id)).toEqual([...latest].reverse().map((node: Data) => node.id));
    const times = oldest.map((node: Data) => Date.parse(node.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const tail = await page(`last: 1, orderBy: { field: AT, direction: ASC }`);
    expect(tail.edges.map((edge: Data) => edge.node.id)).toEqual([latest[0].id]);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true });
  });

  it("appends none of a batch of disclosures when one is malformed, naming it", async () => {
    const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
    const input = (operationHash: string) => ({
      agency: "SENASICA",
      subject: "test",
      jti: "batch-test",
      operationName: null,
      operationHash,
      scopes: ["cargo:manifest:read"],
      entityCounts: [],
    });
    const before = (await graph.query<Data>(AUDIT)).body.data!.disclosures.totalCount;
    const { body } = await postToSubgraph<Data>(
      graph.subgraphs.agreements.url,
      `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`,
      { inputs: [input("a".repeat(64)), input("not a hash")] },
      { authorization: `Bearer ${service}` },
      graph.auth.subgraphSecret,
    );
    expect(body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(problemFields(body.errors![0])).toEqual(["inputs[1].operationHash"]);
    expect((await graph.query<Data>(AUDIT)).body.data!.disclosures.totalCount).toBe(before);
  });

  it("does not let a partner read the disclosure log", async () => {
    const { body } = await graph.query<Data>(AUDIT, {}, senasica);
    expect(body.data!.disclosures).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

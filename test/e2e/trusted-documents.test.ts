import { RegisteredDocuments, ShipmentDossierDocument, type ShipmentDossierQuery, sha256 } from "@frontera/operations";
import { type RunningService } from "@frontera/service";
import { type TestGraph, eventually, postDocumentId, postGraphQL } from "@frontera/testing";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

const documents = new RegisteredDocuments();
const dossier = documents.named("ShipmentDossier");
const ARRANGEMENT = "cbp-senasica-agriculture"; // SENASICA's only arrangement
const SENASICA_SCOPES = ["reference:read", "cargo:manifest:read", "inspection:agri:read"];
const AUDIT = `{ disclosures(filter: { agencyCode: "SENASICA" }, first: 1) { totalCount } }`;
const variables = { port: "2304", first: 5 };

let graph: TestGraph;
let senasica: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 60 });
  senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner", scopes: SENASICA_SCOPES });
});

afterAll(async () => {
  await graph?.stop();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const disclosures = async () =>
  (await graph.query<{ disclosures: { totalCount: number } }>(AUDIT)).body.data!.disclosures.totalCount;
const codes = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (body.errors ?? []).map((error) => error.extensions?.code);

async function restrict(documentIds: string[] | null) {
  const { body } = await graph.query<{ restrictArrangementDocuments: { userErrors: unknown[] } }>(
    `mutation ($ids: [ID!]) { restrictArrangementDocuments(id: "${ARRANGEMENT}", documentIds: $ids, reason: "purpose: dossiers only") {
      arrangement { documentIds } userErrors { code field message } } }`,
    { ids: documentIds },
  );
  expect(body.data!.restrictArrangementDocuments.userErrors).toEqual([]);
}

/** Asks until the answer has data (or errors, `refused`), for at most 5 s: how fresh a change must be. */
async function within5s(ask: () => Promise<{ body: { data?: unknown; errors?: unknown[] } }>, refused: boolean) {
  await eventually(
    async () => {
      const { body } = await ask();
      const settled = refused ? body.data == null && body.errors : body.data && !body.errors;
      if (!settled) throw new Error(`still ${refused ? "answered" : "refused"} after 5 s`);
    },
    { within: 5_000, every: 200 },
  );
}

describe("registered documents by id", () => {
  it("answers ShipmentDossier by documentId, by APQ hash and by GET exactly as by its text", async () => {
    const byText = await graph.query(ShipmentDossierDocument, variables);
    expect(byText.body.errors).toBeUndefined();
    expect(byText.body.data!.shipments!.edges).toHaveLength(5);

    const byId = await postDocumentId(graph.gatewayUrl, dossier.id, variables, bearer(await graph.auth.token()));
    const prefixed = await postDocumentId(
      graph.gatewayUrl,
      `sha256:${dossier.id}`,
      variables,
      bearer(await graph.auth.token()),
    );
    const apq = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(await graph.auth.token()) },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: dossier.id } } }),
    });
    const get = await fetch(
      `${graph.gatewayUrl}?documentId=${dossier.id}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
      { headers: { ...bearer(await graph.auth.token()), "apollo-require-preflight": "1" } },
    );
    for (const answer of [byId.body, prefixed.body, await apq.json(), await get.json()]) {
      expect(answer).toEqual(byText.body);
    }
  });

  it("refuses an id the manifest does not hold with PERSISTED_QUERY_NOT_FOUND, then takes APQ's text", async () => {
    const text = `query Mine { ports { code } }`;
    const { body } = await postDocumentId(graph.gatewayUrl, sha256(text), {}, bearer(await graph.auth.token()));
    expect(body.data).toBeUndefined();
    expect(codes(body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    // Apollo's client then sends the text with its hash: it runs as text, and is not registered by it
    const retried = await postGraphQL(graph.gatewayUrl, text, {}, bearer(await graph.auth.token()));
    expect(retried.body.errors).toBeUndefined();
    const again = await postDocumentId(graph.gatewayUrl, sha256(text), {}, bearer(await graph.auth.token()));
    expect(codes(again.body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("refuses a hash that is not the text's, and documentId with a text", async () => {
    const token = await graph.auth.token();
    const mismatch = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(token) },
      body: JSON.stringify({
        query: "{ ports { code } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: dossier.id } },
      }),
    });
    expect(mismatch.status).toBe(400);
    expect(codes((await mismatch.json()) as Parameters<typeof codes>[0])).toEqual(["BAD_REQUEST"]);
    const both = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(token) },
      body: JSON.stringify({ query: dossier.body, documentId: dossier.id }),
    });
    expect(both.status).toBe(400);
    // malformed ids and persisted-query shapes: a clear 400, never a crash
    for (const body of [
      { documentId: 5 },
      { extensions: { persistedQuery: { version: 2, sha256Hash: dossier.id } } },
      { extensions: { persistedQuery: { version: 1 } } },
      { documentId: dossier.id, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
    ]) {
      const response = await fetch(graph.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(token) },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(codes((await response.json()) as Parameters<typeof codes>[0])).toEqual(["BAD_REQUEST"]);
    }
    // a null persistedQuery is no persisted query: the text runs
    const nulled = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(token) },
      body: JSON.stringify({ query: "{ ports { code } }", extensions: { persistedQuery: null } }),
    });
    expect(nulled.status).toBe(200);
  });
});

describe("an arrangement restricted to ShipmentDossier", () => {
  afterAll(async () => {
    await restrict(null);
  });

  it("lets ShipmentDossier through by id and by text, refuses anything else with nothing disclosed, and lifts within 5 s", async () => {
    const other = `query Ports { ports { code name } shipments(first: 3) { totalCount } }`;
    const asOther = () => graph.query(other, {}, senasica);
    // before: SENASICA runs anything its scopes allow
    expect((await asOther()).body.errors).toBeUndefined();

    await restrict([dossier.id]);
    await within5s(asOther, true);

    const before = await disclosures();
    const refused = await asOther();
    expect(refused.status).toBe(403);
    expect(refused.body.data).toBeUndefined();
    expect(codes(refused.body)).toEqual(["DOCUMENT_NOT_ALLOWED"]);
    // another registered document is refused too, by id and by text
    const profile = documents.named("PortDashboard");
    const pd = { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" };
    for (const answer of [
      await postDocumentId(graph.gatewayUrl, profile.id, pd, bearer(senasica)),
      await graph.query(profile.body, pd, senasica),
      // a document that reads the same scopes, however close to the registered text
      await graph.query(dossier.body.replace("totalCount", "totalCount __typename"), variables, senasica),
    ]) {
      expect(answer.body.data).toBeUndefined();
      expect(codes(answer.body)).toEqual(["DOCUMENT_NOT_ALLOWED"]);
    }
    expect(await disclosures()).toBe(before);

    // the listed document: by id, by its text, and by the typed client's text
    const byId = await postDocumentId<ShipmentDossierQuery>(graph.gatewayUrl, dossier.id, variables, bearer(senasica));
    const byText = await graph.query<ShipmentDossierQuery>(dossier.body, variables, senasica);
    const typed = await graph.query(ShipmentDossierDocument, variables, senasica);
    for (const answer of [byId, byText, typed]) {
      expect(answer.body.data!.shipments!.edges).toHaveLength(5);
    }
    expect(byId.body).toEqual(byText.body);
    // each one disclosed, and recorded with its document id
    expect(await disclosures()).toBe(before + 3);
    const { body: audit } = await graph.query<{
      disclosures: { edges: Array<{ node: { documentId: string | null; operationName: string | null } }> };
    }>(
      `{ disclosures(filter: { agencyCode: "SENASICA" }, first: 10) { edges { node { documentId operationName } } } }`,
    );
    const recent = audit.data!.disclosures.edges.map(({ node }) => node);
    expect(recent.filter((node) => node.documentId === dossier.id).length).toBeGreaterThanOrEqual(3);

    await restrict(null);
    await within5s(asOther, false);
  });

  it("refuses ids the manifest does not hold, naming each", async () => {
    const { body } = await graph.query<{
      restrictArrangementDocuments: { arrangement: unknown; userErrors: Array<{ code: string; field: string[] }> };
    }>(
      `mutation { restrictArrangementDocuments(id: "${ARRANGEMENT}", documentIds: ["${dossier.id}", "${"0".repeat(64)}"], reason: "x") {
        arrangement { documentIds } userErrors { code field } } }`,
    );
    expect(body.data!.restrictArrangementDocuments).toEqual({
      arrangement: null,
      userErrors: [{ code: "UNKNOWN_DOCUMENT", field: ["documentIds", "1"] }],
    });
  });

  it("keeps each change in the arrangement's history", async () => {
    await restrict([dossier.id]);
    await restrict(null);
    const { body } = await graph.query<{ arrangement: { documentIds: null; events: Array<{ action: string }> } }>(
      `{ arrangement(id: "${ARRANGEMENT}") { documentIds events { action } } }`,
    );
    expect(body.data!.arrangement.documentIds).toBeNull();
    expect(body.data!.arrangement.events.slice(-2).map((event) => event.action)).toEqual([
      "DOCUMENTS_RESTRICTED",
      "DOCUMENTS_UNRESTRICTED",
    ]);
  });
});

describe("TRUSTED_DOCUMENTS", () => {
  let partners: RunningService;
  let all: RunningService;

  beforeAll(async () => {
    partners = await startGatewayReplica(graph, { trustedDocuments: "partners" });
    all = await startGatewayReplica(graph, { trustedDocuments: "all" });
  });

  afterAll(async () => {
    await Promise.all([partners?.stop(), all?.stop()]);
  });

  const unregistered = `query Mine { shipments(first: 2) { totalCount } }`;

  it("partners: a partner's unregistered document is refused, its registered ones run; internal callers are free", async () => {
    const refused = await postGraphQL(partners.url, unregistered, {}, bearer(senasica));
    expect(refused.status).toBe(403);
    expect(refused.body.data).toBeUndefined();
    expect(codes(refused.body)).toEqual(["DOCUMENT_NOT_REGISTERED"]);
    const registered = await postDocumentId(partners.url, dossier.id, variables, bearer(senasica));
    expect(registered.body.data?.shipments).toBeTruthy();
    const byText = await postGraphQL(partners.url, ShipmentDossierDocument, variables, bearer(senasica));
    expect(byText.body.data?.shipments).toBeTruthy();
    const internal = await postGraphQL(partners.url, unregistered, {}, bearer(await graph.auth.token()));
    expect(internal.body.errors).toBeUndefined();
    // introspection answers the caller's contract, as GET /schema.graphql does
    const introspection = await postGraphQL(partners.url, `{ __schema { queryType { name } } }`, {}, bearer(senasica));
    expect(introspection.body.errors).toBeUndefined();
  });

  it("all: everyone's unregistered document is refused", async () => {
    const internal = await postGraphQL(all.url, unregistered, {}, bearer(await graph.auth.token()));
    expect(codes(internal.body)).toEqual(["DOCUMENT_NOT_REGISTERED"]);
    const registered = await postGraphQL(all.url, ShipmentDossierDocument, variables, bearer(await graph.auth.token()));
    expect(registered.body.errors).toBeUndefined();
  });
});

describe("request metrics", () => {
  it("label registered documents by their name and everything else `other`", async () => {
    await graph.query(ShipmentDossierDocument, variables);
    await graph.query(`query ClientChosenName { ports { code } }`);
    const text = await (await fetch(graph.gatewayUrl.replace(/\/graphql$/, "/metrics"))).text();
    const labels = new Set(
      [...text.matchAll(/^frontera_graphql_requests_total\{[^}]*operation="([^"]*)"/gm)].map((match) => match[1]),
    );
    expect(labels).toContain("ShipmentDossier");
    expect(labels).toContain("other");
    expect(labels).not.toContain("ClientChosenName");
    const names = new Set(documents.manifest.operations.map((operation) => operation.name));
    for (const label of labels) expect(label === "other" || names.has(label)).toBe(true);
  });
});

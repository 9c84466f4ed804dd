import { signRequest } from "@frontera/service";
import { type TestGraph } from "@frontera/testing";
import {
  type Data,
  USER_ERRORS,
  ok as expectOk,
  refused as expectRefused,
  rejected as expectRejected,
} from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 7, shipments: 20 });
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);

const refused = (query: string, variables?: Record<string, unknown>) => expectRefused(graph, query, variables);

const rejected = (query: string, variables?: Record<string, unknown>) => expectRejected(graph, query, variables);

const ARRANGEMENT_FIELDS = `id arrangementId status scopes provider { code } recipient { code } agreement { agreementId } coverage ports { code }
  events { action actor reason at }`;

const CREATE_ARRANGEMENT = `mutation ($input: CreateArrangementInput!, $key: String) {
  createArrangement(input: $input, idempotencyKey: $key) { arrangement { ${ARRANGEMENT_FIELDS} } ${USER_ERRORS} }
}`;

const arrangementCount = async () => (await ok(`{ arrangements { id } }`)).arrangements.length;

const validArrangement = {
  providerCode: "CBP",
  recipientCode: "SENASICA",
  agreementId: "2018-agriculture-safeguarding",
  scopes: ["REFERENCE_READ", "INSPECTION_AGRI_READ"],
  coverage: "LISTED_PORTS",
  portCodes: ["2604"],
  purpose: "Pest interceptions at Nogales",
  confidentialityAssurance: true,
  validFrom: "2026-02-01T00:00:00Z",
  validTo: "2030-01-01T00:00:00Z",
};

describe("reference data", () => {
  it("holds the 2018 UCP instrument as the sources report it", async () => {
    const data = await ok(`{ agreement(id: "2018-cpi-ucp-mou") {
      signedOn signingPlace instrumentType effectiveFromBasis parties { code } supersedes { agreementId } programs { code } } }`);

    expect(data.agreement).toEqual({
      signedOn: "2018-03-26",
      signingPlace: "Mexico City",
      instrumentType: "MOU",
      effectiveFromBasis: "UNKNOWN",
      parties: [{ code: "CBP" }, { code: "SAT" }],
      supersedes: [{ agreementId: "2015-cpi-mou" }],
      programs: [{ code: "CPI" }, { code: "UCP" }],
    });
  });

  it("gives Laredo its Mexican counterpart and UCP, and UCP its sites with start months", async () => {
    const data = await ok(`{
      port(code: "2304") { name mxCity mxAduanaSeccion programs { code } }
      program(code: "UCP") { sites { port { code } facility locatedIn startedIn } }
    }`);

    expect(data.port).toMatchObject({ name: "Laredo", mxCity: "Nuevo Laredo", mxAduanaSeccion: "240" });
    expect(data.port.programs).toContainEqual({ code: "UCP" });
    const sitePorts = new Set(data.program.sites.map((site: Data) => site.port.code));
    expect(sitePorts.size).toBeGreaterThanOrEqual(8);
    expect(data.program.sites).toContainEqual({
      port: { code: "2604" },
      facility: "Mariposa",
      locatedIn: "US",
      startedIn: "2016-07",
    });
  });

  it.each([
    [`{ partyCode: "SEGOB" }`, ["trusted-traveller-cooperation"]],
    [`{ programCode: "UCP" }`, ["2018-cpi-ucp-mou"]],
    [`{ status: SUPERSEDED }`, ["2015-cpi-mou"]],
    [
      `{ signedOn: { from: "2018-01-01", to: "2019-01-01" }, partyCode: "SAT" }`,
      ["2018-cpi-ucp-mou", "2018-customs-trade-enforcement-moc"],
    ],
  ])("filters agreements by %s", async (filter, ids) => {
    const data = await ok(`{ agreements(filter: ${filter}) { agreementId } }`);
    expect(data.agreements.map((a: Data) => a.agreementId).sort()).toEqual(ids);
  });

  it.each([
    [`{ usState: "AZ" }`, ["2601", "2604", "2608"]],
    [`{ mode: RAIL }`, ["2301", "2303", "2304", "2402", "2604"]],
    [`{ programCode: "CPI", usState: "TX" }`, ["2304"]],
  ])("filters ports by %s", async (filter, codes) => {
    const data = await ok(`{ ports(filter: ${filter}) { code } }`);
    expect(data.ports.map((p: Data) => p.code)).toEqual(codes);
  });
});

describe("data-sharing arrangements", () => {
  it("seeds SENASICA's agriculture arrangement with its default scopes", async () => {
    const data = await ok(
      `{ arrangements(filter: { recipientCode: "SENASICA" }) { ${ARRANGEMENT_FIELDS} confidentialityAssurance } }`,
    );

    expect(data.arrangements).toHaveLength(1);
    expect(data.arrangements[0]).toMatchObject({
      status: "ACTIVE",
      scopes: ["REFERENCE_READ", "CARGO_MANIFEST_READ", "INSPECTION_AGRI_READ", "HOLD_AGRI_READ", "HOLD_AGRI_WRITE"],
      provider: { code: "CBP" },
      agreement: { agreementId: "2018-agriculture-safeguarding" },
      coverage: "ALL_PORTS",
      ports: [],
      confidentialityAssurance: true,
    });
  });

  it("limits ANAM's UCP arrangement to the UCP ports", async () => {
    const data = await ok(
      `{ arrangement(id: "cbp-anam-ucp") { coverage ports { code } } program(code: "UCP") { sites { port { code } } } }`,
    );
    const ucpPorts = [...new Set(data.program.sites.map((site: Data) => site.port.code))].sort();
    expect(data.arrangement.coverage).toBe("LISTED_PORTS");
    expect(data.arrangement.ports.map((p: Data) => p.code)).toEqual(ucpPorts);
  });

  it("suspends with a reason, resumes, revokes for good, and keeps every change as an event", async () => {
    const id = "cbp-senasica-agriculture";
    const suspended = await ok(
      `mutation { suspendArrangement(id: "${id}", reason: "audit of disclosures") {
        arrangement { status events { action reason actor } } ${USER_ERRORS} } }`,
    );
    expect(suspended.suspendArrangement.userErrors).toEqual([]);
    expect(suspended.suspendArrangement.arrangement.status).toBe("SUSPENDED");
    expect(suspended.suspendArrangement.arrangement.events.at(-1)).toEqual({
      action: "SUSPENDED",
      reason: "audit of disclosures",
      actor: "test-cbp",
    });

    const resumed = await ok(`mutation { resumeArrangement(id: "${id}") { arrangement { status } } }`);
    expect(resumed.resumeArrangement.arrangement.status).toBe("ACTIVE");

    const revoked = await ok(
      `mutation { revokeArrangement(id: "${id}", reason: "agreement ended") { arrangement { status events { action } } } }`,
    );
    expect(revoked.revokeArrangement.arrangement.status).toBe("REVOKED");
    expect(revoked.revokeArrangement.arrangement.events.map((e: Data) => e.action)).toEqual([
      "CREATED",
      "SUSPENDED",
      "RESUMED",
      "REVOKED",
    ]);

    const errors = await rejected(
      `mutation { resumeArrangement(id: "${id}") { arrangement { status } ${USER_ERRORS} } }`,
    );
    expect(errors).toEqual([
      { field: ["id"], code: "REVOKED_IS_FINAL", message: expect.stringMatching(/revoked is final/) },
    ]);
  });

  it("refuses to suspend without a reason, naming it", async () => {
    const errors = await rejected(
      `mutation { suspendArrangement(id: "cbp-inm-trusted-traveller", reason: " ") { arrangement { status } ${USER_ERRORS} } }`,
    );
    expect(errors).toEqual([{ field: ["reason"], code: "INVALID", message: "must say why" }]);
    const unchanged = await ok(`{ arrangement(id: "cbp-inm-trusted-traveller") { status } }`);
    expect(unchanged.arrangement.status).toBe("ACTIVE");
  });

  it("answers NOT_FOUND for an arrangement that does not exist", async () => {
    const errors = await rejected(
      `mutation { suspendArrangement(id: "nope", reason: "x") { arrangement { status } ${USER_ERRORS} } }`,
    );
    expect(errors).toMatchObject([{ field: ["id"], code: "NOT_FOUND" }]);
  });

  it("binds ANAM through SAT, whose customs administration it succeeded", async () => {
    const data = await ok(CREATE_ARRANGEMENT, {
      input: {
        ...validArrangement,
        recipientCode: "ANAM",
        agreementId: "2018-cpi-ucp-mou",
        scopes: ["CARGO_MANIFEST_READ"],
      },
    });
    expect(data.createArrangement.userErrors).toEqual([]);
    expect(data.createArrangement.arrangement).toMatchObject({
      status: "ACTIVE",
      recipient: { code: "ANAM" },
      ports: [{ code: "2604" }],
    });
    expect(data.createArrangement.arrangement.events).toEqual([expect.objectContaining({ action: "CREATED" })]);
  });

  it.each([
    ["risk:read", { scopes: ["RISK_READ"] }, ["input", "scopes", "0"], "SCOPE_NOT_SHARABLE", /never granted/],
    [
      "a write scope",
      { scopes: ["CARGO_WRITE"] },
      ["input", "scopes", "0"],
      "SCOPE_NOT_SHARABLE",
      /not a data-sharing/,
    ],
    [
      "a superseded agreement",
      { agreementId: "2015-cpi-mou", recipientCode: "ANAM" },
      ["input", "agreementId"],
      "AGREEMENT_NOT_IN_FORCE",
      /must be SIGNED or IN_FORCE/,
    ],
    [
      "an agreement the recipient is not party to",
      { recipientCode: "INM" },
      ["input", "agreementId"],
      "NOT_A_PARTY",
      /INM \(recipient\) is not a party/,
    ],
    ["validTo before validFrom", { validTo: "2026-01-01T00:00:00Z" }, ["input", "validTo"], "INVALID", /after/],
    ["an unknown port", { portCodes: ["9999"] }, ["input", "portCodes", "0"], "NOT_FOUND", /no port of entry 9999/],
    ["LISTED_PORTS with an empty port list", { portCodes: [] }, ["input", "portCodes"], "INVALID", /at least one port/],
    [
      "LISTED_PORTS without a port list",
      { portCodes: undefined },
      ["input", "portCodes"],
      "INVALID",
      /at least one port/,
    ],
    [
      "ALL_PORTS with ports listed",
      { coverage: "ALL_PORTS" },
      ["input", "portCodes"],
      "INVALID",
      /must be empty when coverage is ALL_PORTS/,
    ],
    ["an unknown recipient", { recipientCode: "FBI" }, ["input", "recipientCode"], "NOT_FOUND", /no agency FBI/],
  ])("refuses %s with a user error naming the field, writing nothing", async (_case, change, field, code, message) => {
    const before = await arrangementCount();
    const errors = await rejected(CREATE_ARRANGEMENT, { input: { ...validArrangement, ...change } });

    expect(errors).toContainEqual({ field, code, message: expect.stringMatching(message) });
    expect(await arrangementCount()).toBe(before);
  });

  it("refuses a scope outside the Scope enum, or in its OAuth spelling, before anything runs", async () => {
    const before = await arrangementCount();
    for (const scopes of [["REFERENCE_READ", "CARGO_EVERYTHING"], ["cargo:manifest:read"]]) {
      const error = await refused(CREATE_ARRANGEMENT, { input: { ...validArrangement, scopes } });
      expect(error.extensions!.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/"Scope" enum/);
    }
    expect(await arrangementCount()).toBe(before);
  });

  it("refuses an arrangement that does not state its coverage, writing nothing", async () => {
    const before = await arrangementCount();
    const { coverage: _omitted, ...withoutCoverage } = validArrangement;
    for (const input of [withoutCoverage, { ...withoutCoverage, portCodes: [] }]) {
      const error = await refused(CREATE_ARRANGEMENT, { input });
      expect(error.extensions!.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/coverage/);
    }
    expect(await arrangementCount()).toBe(before);
  });

  it("grants an ALL_PORTS arrangement's scopes at every port, and a LISTED_PORTS one's only at its ports", async () => {
    const everywhere = await ok(CREATE_ARRANGEMENT, {
      input: {
        ...validArrangement,
        coverage: "ALL_PORTS",
        portCodes: undefined,
        scopes: ["REFERENCE_READ", "INSPECTION_AGRI_READ"],
      },
    });
    expect(everywhere.createArrangement.arrangement).toMatchObject({ coverage: "ALL_PORTS", ports: [] });
    const listed = await ok(CREATE_ARRANGEMENT, {
      input: { ...validArrangement, scopes: ["CARGO_MANIFEST_READ"] },
    });
    expect(listed.createArrangement.arrangement).toMatchObject({ coverage: "LISTED_PORTS", ports: [{ code: "2604" }] });

    const senasica = await graph.auth.token({
      agency: "SENASICA",
      kind: "partner",
      scopes: ["reference:read", "inspection:agri:read", "cargo:manifest:read"],
    });
    const { body } = await graph.query<Data>(`{ me { grants { scope portCodes arrangementId } } }`, {}, senasica);
    const grants = body.data!.me.grants as Array<{ scope: string; portCodes: string[] | null; arrangementId: string }>;
    expect(grants).toContainEqual({
      scope: "INSPECTION_AGRI_READ",
      portCodes: null,
      arrangementId: everywhere.createArrangement.arrangement.arrangementId,
    });
    expect(grants).toContainEqual({
      scope: "CARGO_MANIFEST_READ",
      portCodes: ["2604"],
      arrangementId: listed.createArrangement.arrangement.arrangementId,
    });
  });

  it("writes a retried creation once, and refuses the key for different arguments", async () => {
    const before = await arrangementCount();
    const first = await ok(CREATE_ARRANGEMENT, { input: validArrangement, key: "retry-key-0001" });
    const retry = await ok(CREATE_ARRANGEMENT, { input: validArrangement, key: "retry-key-0001" });
    expect(retry.createArrangement.arrangement.id).toBe(first.createArrangement.arrangement.id);
    expect(await arrangementCount()).toBe(before + 1);

    const errors = await rejected(CREATE_ARRANGEMENT, {
      input: { ...validArrangement, purpose: "other" },
      key: "retry-key-0001",
    });
    expect(errors).toMatchObject([{ field: ["idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED" }]);
    expect(await arrangementCount()).toBe(before + 1);
  });

  it("keeps no key for a refusal: a retry with the key runs the rules again and may then succeed", async () => {
    const before = await arrangementCount();
    const key = "refused-key-0001";
    const refusal = { ...validArrangement, portCodes: ["9999"] };
    for (let attempt = 0; attempt < 2; attempt++) {
      const errors = await rejected(CREATE_ARRANGEMENT, { input: refusal, key });
      expect(errors).toMatchObject([{ field: ["input", "portCodes", "0"], code: "NOT_FOUND" }]);
    }
    // The key named no result, so it is free for the corrected request.
    const corrected = await ok(CREATE_ARRANGEMENT, { input: validArrangement, key });
    expect(corrected.createArrangement.userErrors).toEqual([]);
    expect(await arrangementCount()).toBe(before + 1);
  });

  it("derives EXPIRED from validTo, lists it by that status and refuses to suspend it", async () => {
    const created = await ok(CREATE_ARRANGEMENT, {
      input: { ...validArrangement, validFrom: "2025-01-01T00:00:00Z", validTo: "2025-06-30T00:00:00Z" },
    });
    const id = created.createArrangement.arrangement.id;
    expect(created.createArrangement.arrangement.status).toBe("EXPIRED");

    const expired = await ok(`{ arrangements(filter: { recipientCode: "SENASICA", status: EXPIRED }) { id } }`);
    expect(expired.arrangements.map((a: Data) => a.id)).toContain(id);
    const active = await ok(`{ arrangements(filter: { recipientCode: "SENASICA", status: ACTIVE }) { id } }`);
    expect(active.arrangements.map((a: Data) => a.id)).not.toContain(id);

    const errors = await rejected(
      `mutation { suspendArrangement(id: "${id}", reason: "x") { arrangement { status } ${USER_ERRORS} } }`,
    );
    expect(errors).toEqual([{ field: ["id"], code: "EXPIRED", message: expect.stringMatching(/expired/) }]);
  });
});

describe("agreement mutations", () => {
  const newAgreement = {
    id: "2026-test-cpi-addendum",
    title: "Addendum on cargo pre-inspection",
    instrumentType: "MOU",
    partyCodes: ["CBP", "ANAM"],
    signedOn: "2026-03-01",
    effectiveFromBasis: "STATED",
    effectiveFrom: "2026-04-01",
    status: "IN_FORCE",
    supersededAgreementIds: ["2018-customs-trade-enforcement-moc"],
    programCodes: ["CPI"],
    sources: [{ title: "Test fixture", publisher: "Frontera tests", publishedIn: "2026-03", url: null }],
  };
  const CREATE = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) {
    agreement { agreementId version status parties { code } programs { code } supersedes { agreementId status history { version status reason } } }
    ${USER_ERRORS} } }`;

  it("records an agreement and marks the ones it supersedes SUPERSEDED, keeping their history", async () => {
    const data = await ok(CREATE, { input: newAgreement });

    expect(data.createAgreement.userErrors).toEqual([]);
    expect(data.createAgreement.agreement).toMatchObject({
      agreementId: "2026-test-cpi-addendum",
      version: 1,
      status: "IN_FORCE",
      parties: [{ code: "ANAM" }, { code: "CBP" }],
      programs: [{ code: "CPI" }],
    });
    expect(data.createAgreement.agreement.supersedes).toEqual([
      {
        agreementId: "2018-customs-trade-enforcement-moc",
        status: "SUPERSEDED",
        history: [{ version: 1, status: "SIGNED", reason: "superseded by 2026-test-cpi-addendum" }],
      },
    ]);
  });

  it("amends an agreement and keeps the previous version readable", async () => {
    const data = await ok(`mutation { amendAgreement(id: "2026-test-cpi-addendum", expectedVersion: 1,
      input: { title: "Addendum on cargo pre-inspection (corrected)", programCodes: ["CPI", "UCP"] }, reason: "typo and scope") {
      agreement { version title programs { code } history { version title programs { code } replacedBy reason } } } }`);

    expect(data.amendAgreement.agreement).toEqual({
      version: 2,
      title: "Addendum on cargo pre-inspection (corrected)",
      programs: [{ code: "CPI" }, { code: "UCP" }],
      history: [
        {
          version: 1,
          title: "Addendum on cargo pre-inspection",
          programs: [{ code: "CPI" }],
          replacedBy: "test-cbp",
          reason: "typo and scope",
        },
      ],
    });
  });

  it("refuses an amendment made against a version that is no longer current, writing nothing", async () => {
    const before = await ok(`{ agreement(id: "2026-test-cpi-addendum") { version title } }`);
    const errors = await rejected(`mutation { amendAgreement(id: "2026-test-cpi-addendum", expectedVersion: 1,
      input: { title: "A stale edit" }, reason: "edited from an old screen") { agreement { version } ${USER_ERRORS} } }`);
    expect(errors).toEqual([
      { field: ["expectedVersion"], code: "STALE_VERSION", message: expect.stringMatching(/at version 2, not 1/) },
    ]);
    expect(await ok(`{ agreement(id: "2026-test-cpi-addendum") { version title } }`)).toEqual(before);
  });

  it("terminates an agreement once: termination is final", async () => {
    const data = await ok(
      `mutation { setAgreementStatus(id: "2026-test-cpi-addendum", status: TERMINATED, reason: "replaced") {
        agreement { status version } ${USER_ERRORS} } }`,
    );
    expect(data.setAgreementStatus).toEqual({ agreement: { status: "TERMINATED", version: 3 }, userErrors: [] });

    const errors = await rejected(
      `mutation { setAgreementStatus(id: "2026-test-cpi-addendum", status: IN_FORCE, reason: "undo") {
        agreement { status } ${USER_ERRORS} } }`,
    );
    expect(errors).toMatchObject([{ field: ["status"], code: "TERMINATED_IS_FINAL" }]);
  });

  it("refuses an arrangement under a terminated agreement", async () => {
    const errors = await rejected(CREATE_ARRANGEMENT, {
      input: { ...validArrangement, recipientCode: "ANAM", agreementId: "2026-test-cpi-addendum" },
    });
    expect(errors).toMatchObject([{ field: ["input", "agreementId"], code: "AGREEMENT_NOT_IN_FORCE" }]);
  });

  it("names every broken rule of a new agreement and writes nothing", async () => {
    const errors = await rejected(CREATE, {
      input: {
        ...newAgreement,
        id: "Bad Id",
        partyCodes: ["CBP"],
        effectiveFromBasis: "UNKNOWN",
        effectiveFrom: "2026-04-01",
        programCodes: ["NOPE"],
        supersededAgreementIds: [],
      },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ["input", "id"], code: "INVALID" }),
        expect.objectContaining({ field: ["input", "partyCodes"], code: "INVALID" }),
        expect.objectContaining({ field: ["input", "programCodes", "0"], code: "NOT_FOUND" }),
        expect.objectContaining({ field: ["input", "effectiveFrom"], code: "INVALID" }),
      ]),
    );
    expect((await ok(`{ agreements(filter: { programCode: "NOPE" }) { id } }`)).agreements).toEqual([]);
  });
});

describe("cache hints", () => {
  it("lets reference data be cached and never a reader's arrangements", async () => {
    const token = await graph.auth.token();
    const ask = (query: string) =>
      fetch(graph.subgraphs.agreements.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(signRequest(graph.auth.subgraphSecret, { query })),
      });

    expect((await ask(`{ ports { code name programs { code } } }`)).headers.get("cache-control")).toBe(
      "max-age=60, public",
    );
    expect((await ask(`{ arrangements { id } }`)).headers.get("cache-control")).toBe("no-store");
  });
});

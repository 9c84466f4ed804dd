import { type TestGraph, postToSubgraph } from "@frontera/testing";
import { type Data, USER_ERRORS, ok as expectOk, rejected as expectRejected } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Reference facts answer with their sources through the gateway (issue 19): agreements, programs
// and their sites, ports and agencies, each Source with its title, publisher, date and address.

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 7, shipments: 20 });
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);
const rejected = (query: string, variables?: Record<string, unknown>) => expectRejected(graph, query, variables);

const SOURCE = "sources { title publisher publishedIn url note facts }";
const CBP_2018 = "https://www.cbp.gov/newsroom/spotlights/cbp-mexican-counterparts-sign-agreements-better-cooperation";

describe("every reference fact answers with its sources", () => {
  it("cites the DHS release of 2018-04-13 and CBP's announcement for each 2018 instrument", async () => {
    const data = await ok(`{ agreements(filter: { signedOn: { from: "2018-01-01", to: "2019-01-01" } }) {
      agreementId ${SOURCE} } }`);

    expect(data.agreements.map((a: Data) => a.agreementId).sort()).toEqual([
      "2018-agriculture-safeguarding",
      "2018-cpi-ucp-mou",
      "2018-customs-trade-enforcement-moc",
    ]);
    for (const agreement of data.agreements) {
      expect(agreement.sources).toContainEqual(
        expect.objectContaining({
          title: "Secure Trade and Travel Between U.S. and Mexico",
          publisher: "U.S. Department of Homeland Security",
          publishedIn: "2018-04-13",
        }),
      );
      expect(agreement.sources.map((s: Data) => s.url)).toContain(CBP_2018);
    }
  });

  it("answers a source on every agreement, program, site, port and agency", async () => {
    const data = await ok(`{
      agreements { agreementId ${SOURCE} }
      programs { code ${SOURCE} sites { facility port { code } ${SOURCE} } }
      ports { code ${SOURCE} }
      agencies { code ${SOURCE} }
    }`);
    const unsourced = [
      ...data.agreements.map((a: Data) => [`agreement ${a.agreementId}`, a.sources]),
      ...data.programs.map((p: Data) => [`program ${p.code}`, p.sources]),
      ...data.programs.flatMap((p: Data) =>
        p.sites.map((s: Data) => [`site ${p.code} ${s.port.code} ${s.facility}`, s.sources]),
      ),
      ...data.ports.map((p: Data) => [`port ${p.code}`, p.sources]),
      ...data.agencies.map((a: Data) => [`agency ${a.code}`, a.sources]),
    ].filter(([, sources]) => sources.length === 0);
    expect(unsourced).toEqual([]);
    for (const source of [data.agreements, data.programs, data.ports, data.agencies].flat().flatMap((r) => r.sources)) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.publisher.length).toBeGreaterThan(0);
      if (source.url === null) expect(source.note).toEqual(expect.any(String));
    }
  });

  it("names the facts a source supports: the truck figures rest on BTS data, UCP at Pharr on CBP's release", async () => {
    const data = await ok(`{
      port(code: "2304") { ${SOURCE} }
      program(code: "UCP") { note sites { port { code } startedIn ${SOURCE} } }
    }`);

    expect(data.port.sources).toContainEqual(
      expect.objectContaining({ publisher: "Bureau of Transportation Statistics", facts: ["trucksPerDay2021"] }),
    );
    const pharr = data.program.sites.find((site: Data) => site.port.code === "2305");
    expect(pharr.startedIn).toBe("2020-06-08");
    expect(pharr.sources[0]).toMatchObject({
      publisher: "U.S. Customs and Border Protection",
      publishedIn: "2020-06-08",
      url: expect.stringMatching(/^https:\/\/cbp\.gov\/newsroom\/local-media-release\/.*pharr/),
    });
    expect(data.program.note).toMatch(/CPI was folded into it/);
  });

  it("shows CPI folded into UCP, Laredo's CPI as southbound air cargo, and San Jerónimo as a UCP facility", async () => {
    const data = await ok(`{
      cpi: program(code: "CPI") { note legalBasis { agreementId status } sites { facility note port { code } } }
      ucp: program(code: "UCP") { sites { facility locatedIn port { code } } }
      agreement(id: "2018-cpi-ucp-mou") { note supersedes { agreementId status signedOn signingPlace note } }
    }`);

    expect(data.cpi.note).toMatch(/folded into UCP by the 2018 CPI\/UCP MOU/);
    expect(data.agreement.supersedes).toEqual([
      expect.objectContaining({
        agreementId: "2015-cpi-mou",
        status: "SUPERSEDED",
        signedOn: "2015-10-15",
        signingPlace: "Mexico City",
      }),
    ]);
    const laredo = data.cpi.sites.find((site: Data) => site.port.code === "2304");
    expect(laredo).toMatchObject({
      facility: "Laredo International Airport",
      note: expect.stringMatching(/southbound air cargo/),
    });
    expect(data.ucp.sites).toContainEqual({ facility: "San Jeronimo", locatedIn: "MX", port: { code: "2408" } });
  });

  it("records the 2000 customs agreement between the two governments, in force 2000-06-20 (TIAS 13103)", async () => {
    const data = await ok(`{ agreement(id: "2000-cmaa") {
      title parties { code name } signingPlace signedOn effectiveFrom effectiveFromBasis status sources { title url } } }`);

    expect(data.agreement).toMatchObject({
      title:
        "Agreement between the Government of the United States of America and the Government of the United Mexican States regarding Mutual Assistance between their Customs Administrations",
      parties: [
        { code: "MX-GOV", name: "Government of the United Mexican States" },
        { code: "US-GOV", name: "Government of the United States of America" },
      ],
      signingPlace: "Washington",
      signedOn: "2000-06-20",
      effectiveFrom: "2000-06-20",
      effectiveFromBasis: "STATED",
      status: "IN_FORCE",
    });
    expect(data.agreement.sources[0].title).toMatch(/^13103 Mexico/);
  });

  it("lists only Schedule D ports: Ysleta within El Paso, CBX within San Ysidro, Calexico West added", async () => {
    const data = await ok(`{ ports { code name } sanYsidro: port(code: "2504") { note ${SOURCE} } }`);
    const codes = data.ports.map((p: Data) => p.code);

    expect(codes).not.toContain("2401");
    expect(codes).not.toContain("2582");
    expect(data.ports).toContainEqual({ code: "2503", name: "Calexico West" });
    expect(data.sanYsidro.note).toMatch(/Cross Border Xpress/);
    expect(data.sanYsidro.sources).toContainEqual(expect.objectContaining({ publishedIn: "2015-12-03" }));
  });
});

describe("agreements recorded with their sources", () => {
  const CREATE = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) {
    agreement { agreementId ${SOURCE} } ${USER_ERRORS} } }`;
  const draft = (sources: unknown[]) => ({
    id: "2026-test-sourced-letter",
    title: "Letter on sourced facts",
    instrumentType: "LETTER_OF_INTENT",
    partyCodes: ["CBP", "ANAM"],
    signedOn: "2026-02-01",
    effectiveFromBasis: "UNKNOWN",
    sources,
  });

  it("refuses a source without a publisher, with a date that is not ISO 8601 or an address that is not http(s), writing nothing", async () => {
    const errors = await rejected(CREATE, {
      input: draft([
        { title: "A release", publisher: " ", publishedIn: "13/04/2018", url: "javascript:alert(1)" },
        { title: "", publisher: "DHS", publishedIn: "2018-13" },
      ]),
    });

    expect(errors.map((error) => error.field.join("."))).toEqual([
      "input.sources.0.publisher",
      "input.sources.0.publishedIn",
      "input.sources.0.url",
      "input.sources.1.title",
      "input.sources.1.publishedIn",
    ]);
    expect((await ok(`{ agreement(id: "2026-test-sourced-letter") { agreementId } }`)).agreement).toBeNull();
  });

  it("keeps a source as given, and the earlier sources in the history after an amendment", async () => {
    const source = {
      title: "Readout",
      publisher: "U.S. Department of Homeland Security",
      publishedIn: "2026-02",
      url: "https://www.dhs.gov/news/example",
      facts: ["signedOn"],
    };
    const created = await ok(CREATE, { input: draft([source]) });
    expect(created.createAgreement.userErrors).toEqual([]);
    expect(created.createAgreement.agreement.sources).toEqual([{ ...source, note: null }]);

    const amended = await ok(
      `mutation ($sources: [SourceInput!]) { amendAgreement(id: "2026-test-sourced-letter", reason: "second source", expectedVersion: 1,
        input: { sources: $sources }) { agreement { sources { title } history { version sources { title publishedIn } } } ${USER_ERRORS} } }`,
      { sources: [source, { title: "Second", publisher: "CBP" }] },
    );
    expect(amended.amendAgreement.userErrors).toEqual([]);
    expect(amended.amendAgreement.agreement.sources.map((s: Data) => s.title)).toEqual(["Readout", "Second"]);
    expect(amended.amendAgreement.agreement.history).toEqual([
      { version: 1, sources: [{ title: "Readout", publishedIn: "2026-02" }] },
    ]);
  });
});

describe("who may read sources", () => {
  const PORT_SOURCES = `{ shipments(filter: { portCode: "2304" }, first: 1) { edges { node { port { code sources { url } } } } } }`;

  it("gives them to a partner holding reference:read, and refuses them to one without it, at the gateway and at the subgraph", async () => {
    const withReference = await graph.auth.token({
      agency: "SENASICA",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read"],
    });
    const withoutReference = await graph.auth.token({
      agency: "SENASICA",
      kind: "partner",
      scopes: ["cargo:manifest:read"],
    });

    const granted = await graph.query<Data>(PORT_SOURCES, {}, withReference);
    expect(granted.body.errors).toBeUndefined();
    expect(granted.body.data!.shipments.edges[0].node.port.sources.length).toBeGreaterThan(0);

    const refused = await graph.query<Data>(PORT_SOURCES, {}, withoutReference);
    expect(JSON.stringify(refused.body.data)).not.toContain("http");
    expect(refused.body.errors).toContainEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    );

    const direct = await postToSubgraph(
      graph.subgraphs.agreements.url,
      `{ agreements { agreementId sources { url } } }`,
      {},
      { authorization: `Bearer ${withoutReference}` },
      graph.auth.subgraphSecret,
    );
    expect(JSON.stringify(direct.body.data ?? null)).not.toContain("http");
    expect(direct.body.errors).toContainEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    );
  });
});

describe("the parties an instrument binds", () => {
  const CREATE_ARRANGEMENT = `mutation ($input: CreateArrangementInput!) { createArrangement(input: $input) {
    arrangement { arrangementId agreement { agreementId } } ${USER_ERRORS} } }`;
  const arrangement = (recipientCode: string) => ({
    providerCode: "CBP",
    recipientCode,
    agreementId: "2000-cmaa",
    scopes: ["REFERENCE_READ", "CARGO_MANIFEST_READ"],
    coverage: "LISTED_PORTS",
    portCodes: ["2304"],
    purpose: "Mutual assistance between the customs administrations",
    confidentialityAssurance: true,
    validFrom: "2026-02-01T00:00:00Z",
    validTo: "2027-01-01T00:00:00Z",
  });

  it("binds CBP and ANAM by the agreement their governments signed, but not SENASICA", async () => {
    const bound = await ok(CREATE_ARRANGEMENT, { input: arrangement("ANAM") });
    expect(bound.createArrangement.userErrors).toEqual([]);
    expect(bound.createArrangement.arrangement.agreement).toEqual({ agreementId: "2000-cmaa" });

    const errors = await rejected(CREATE_ARRANGEMENT, { input: arrangement("SENASICA") });
    expect(errors).toContainEqual(
      expect.objectContaining({ code: "NOT_A_PARTY", message: expect.stringMatching(/SENASICA \(recipient\)/) }),
    );
  });
});

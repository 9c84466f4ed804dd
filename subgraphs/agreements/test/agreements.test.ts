import { type TestAuth, createTestAuth, postToSubgraph, startTestSubgraph, type TestSubgraph } from "@frontera/testing";
import { agreementsSubgraph } from "../src/subgraph";

let subgraph: TestSubgraph;
let token: string;
let auth: TestAuth;

beforeAll(async () => {
  auth = await createTestAuth();
  subgraph = await startTestSubgraph(agreementsSubgraph, { seed: 1, shipments: 1 }, auth);
  token = await auth.token();
});

afterAll(async () => {
  await subgraph?.stop();
});

const query = <Data = Record<string, unknown>>(document: string, variables?: Record<string, unknown>) =>
  postToSubgraph<Data>(subgraph.url, document, variables, { authorization: `Bearer ${token}` }, auth.subgraphSecret);

describe("agreements subgraph", () => {
  it("records the 2018 UCP instrument as signed in Mexico City with an unknown effective date", async () => {
    const { body } = await query(`{
      agreement(id: "2018-cpi-ucp-mou") {
        signedOn signingPlace effectiveFrom effectiveFromBasis status instrumentType
        parties { code country } supersedes { agreementId status } programs { code }
      }
    }`);

    expect(body.errors).toBeUndefined();
    expect(body.data!.agreement).toEqual({
      signedOn: "2018-03-26",
      signingPlace: "Mexico City",
      effectiveFrom: null,
      effectiveFromBasis: "UNKNOWN",
      status: "SIGNED",
      instrumentType: "MOU",
      parties: [
        { code: "CBP", country: "US" },
        { code: "SAT", country: "MX" },
      ],
      supersedes: [{ agreementId: "2015-cpi-mou", status: "SUPERSEDED" }],
      programs: [{ code: "CPI" }, { code: "UCP" }],
    });
  });

  it("lists the 16 ports with Schedule D codes and aduana-sección", async () => {
    const { body } = await query<{ ports: Array<{ code: string; mxAduanaSeccion: string }> }>(
      `{ ports { code name mxAduanaSeccion modes programs { code } } }`,
    );

    expect(body.data!.ports).toHaveLength(16);
    for (const port of body.data!.ports) {
      expect(port.code).toMatch(/^\d{4}$/);
      expect(port.mxAduanaSeccion).toMatch(/^\d{3}$/);
    }
    expect(body.data!.ports).toContainEqual({
      code: "2604",
      name: "Nogales",
      mxAduanaSeccion: "230",
      modes: ["TRUCK", "RAIL", "PEDESTRIAN", "PRIVATE_VEHICLE"],
      programs: [{ code: "FAST" }, { code: "UCP" }],
    });
  });

  it("filters programs by category and names their legal basis and agencies", async () => {
    const { body } = await query(
      `{ programs(filter: { category: CARGO_FACILITATION }) { code legalBasis { agreementId } operatingAgencies { code } } }`,
    );

    expect(body.data!.programs).toEqual([
      {
        code: "CPI",
        legalBasis: [{ agreementId: "2015-cpi-mou" }, { agreementId: "2018-cpi-ucp-mou" }],
        operatingAgencies: [{ code: "CBP" }, { code: "SAT" }],
      },
      {
        code: "UCP",
        legalBasis: [{ agreementId: "2018-cpi-ucp-mou" }],
        operatingAgencies: [{ code: "ANAM" }, { code: "CBP" }, { code: "SAT" }],
      },
    ]);
  });

  it("resolves many port and program references in one statement per entity type, plus the revocation check", async () => {
    const representations = [
      ...["2304", "2506", "2604", "2503", "9999"].map((code) => ({ __typename: "PortOfEntry", code })),
      ...["UCP", "FAST", "NARP"].map((code) => ({ __typename: "Program", code })),
    ];
    subgraph.statements.reset();
    const { body } = await query(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on PortOfEntry { code name }
          ... on Program { code name }
        }
      }`,
      { representations },
    );

    expect(body.errors).toBeUndefined();
    const entities = body.data!._entities as Array<{ code: string; name: string } | null>;
    expect(entities.map((entity) => entity?.name ?? null)).toEqual([
      "Laredo",
      "Otay Mesa",
      "Nogales",
      "Calexico West",
      null,
      "Unified Cargo Processing",
      "Free and Secure Trade",
      "National Agriculture Release Program",
    ]);
    // one per entity type, after the check that the caller's token was not revoked
    expect(subgraph.statements.count).toBe(3);
  });

  it("answers null for an agency, agreement or port that does not exist", async () => {
    const { body } = await query(
      `{ agency(code: "XYZ") { name } agreement(id: "nope") { id } port(code: "0000") { name } }`,
    );

    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ agency: null, agreement: null, port: null });
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type TestGraph } from "@frontera/testing";
import { type Data, USER_ERRORS, ok as expectOk, rejected as expectRejected } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

let graph: TestGraph;

beforeAll(async () => {
  // Small on purpose: "writes nothing" is checked against every row of every table.
  graph = await startWholeGraph({ seed: 5, shipments: 30 });
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);
const rejected = (query: string, variables?: Record<string, unknown>) => expectRejected(graph, query, variables);

/** Every row of every table of a subgraph, so that any insert, update or delete shows. */
async function contents(subgraph: string): Promise<Record<string, string[]>> {
  const { dataSource } = graph.subgraphs[subgraph];
  const tables: Record<string, string[]> = {};
  for (const entity of dataSource.entityMetadatas) {
    if (entity.tableType !== "regular") continue;
    const rows = await dataSource.getRepository(entity.target).find();
    tables[entity.tableName] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

/** Runs a mutation that must be refused, and checks that its subgraph's tables did not change. */
async function refusedWritingNothing(subgraph: string, query: string, variables?: Record<string, unknown>) {
  const before = await contents(subgraph);
  const errors = await rejected(query, variables);
  expect(await contents(subgraph)).toEqual(before);
  return errors;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe("a mutation refused for a business rule answers typed userErrors and writes nothing", () => {
  it("amendAgreement against an old version: STALE_VERSION on expectedVersion", async () => {
    const { agreement } = await ok(`{ agreement(id: "2018-cpi-ucp-mou") { version } }`);
    const amend = (version: number, title: string) => `mutation { amendAgreement(id: "2018-cpi-ucp-mou",
      expectedVersion: ${version}, input: { title: "${title}" }, reason: "payload test", idempotencyKey: "amend-${title.replace(/ /g, "-")}") {
      agreement { version title } ${USER_ERRORS} } }`;
    const done = await ok(amend(agreement.version, "First edit"));
    expect(done.amendAgreement).toEqual({
      agreement: { version: agreement.version + 1, title: "First edit" },
      userErrors: [],
    });

    const errors = await refusedWritingNothing("agreements", amend(agreement.version, "Stale edit"));
    expect(errors).toEqual([
      {
        field: ["expectedVersion"],
        code: "STALE_VERSION",
        message: `agreement 2018-cpi-ucp-mou is at version ${agreement.version + 1}, not ${agreement.version}: read it again and reapply the change`,
      },
    ]);
  });

  it("recordTripCrossing for a trip that crossed: ALREADY_CROSSED, with its key not kept", async () => {
    const { trips } = await ok(`{ trips(filter: { crossed: true }, first: 1) { edges { node { tripNumber } } } }`);
    const { tripNumber } = trips.edges[0].node;
    const errors = await refusedWritingNothing(
      "cargo",
      `mutation { recordTripCrossing(tripNumber: "${tripNumber}", lane: STANDARD, crossedAt: "${hoursAgo(1)}",
        idempotencyKey: "cross-again-${tripNumber}") { trip { tripNumber } ${USER_ERRORS} } }`,
    );
    expect(errors).toEqual([
      { field: ["tripNumber"], code: "ALREADY_CROSSED", message: `trip ${tripNumber} has already crossed` },
    ]);
  });

  it("submitTripManifest with one bad goods item deep in it: INVALID at that item's path", async () => {
    const { shipments } = await ok(`{ shipments(first: 1) { edges { node { trip { driver { id } } } } } }`);
    const goodsItem = (hsCode: string) => ({
      description: "Tomatoes, fresh",
      hsCode,
      nationalCode: `${hsCode}0010`,
      originCountry: "MX",
      grossMassKg: 9000,
      quantity: 600,
      packagingUnit: "CT",
      value: { minorUnits: 1200000, currency: "USD" },
    });
    const input = {
      tripNumber: "TFRO0000000777",
      carrier: { name: "Transportes Frontera S.A. de C.V.", country: "MX", scac: "TFRO" },
      portCode: "2304",
      estimatedArrival: new Date(Date.now() + 3_600_000).toISOString(),
      lane: "STANDARD",
      conveyance: { vin: "1M8GDM9AXKP042788", licensePlate: "12AB345" },
      equipment: [{ number: "CSQU3054383", kind: "CONTAINER", seals: [] }],
      driverId: shipments.edges[0].node.trip.driver.id,
      shipments: [
        {
          shipmentControlNumber: "TFROAA000777",
          type: "PAPS",
          shipper: { name: "Hortalizas del Norte", country: "MX" },
          consignee: { name: "Fresh Imports LLC", country: "US" },
          programCodes: [],
          goodsItems: [goodsItem("070200"), goodsItem("07020")],
        },
      ],
    };
    const errors = await refusedWritingNothing(
      "cargo",
      `mutation ($input: TripManifestInput!) { submitTripManifest(input: $input, idempotencyKey: "manifest-777") {
        trip { tripNumber } ${USER_ERRORS} } }`,
      { input },
    );
    expect(errors).toContainEqual({
      field: ["input", "shipments", "0", "goodsItems", "1", "hsCode"],
      code: "INVALID",
      message: expect.any(String),
    });
    expect(errors.every((error) => error.code === "INVALID")).toBe(true);
  });

  it("enrolMembership in a program the traveller is already an active member of: ACTIVE_MEMBERSHIP_EXISTS", async () => {
    const registered = await ok(`mutation { registerTraveller(input: { familyName: "Quiroga", givenNames: "Lucía",
      dateOfBirth: "1988-02-29", sex: F, citizenships: ["MX"] }) { traveller { id travellerId } ${USER_ERRORS} } }`);
    expect(registered.registerTraveller.userErrors).toEqual([]);
    const { id, travellerId } = registered.registerTraveller.traveller;
    const enrol = `mutation { enrolMembership(travellerId: "${id}", input: { programCode: "SENTRI", passId: "555000111",
      validUntil: "2031-06-30" }) { membership { status program { code } } ${USER_ERRORS} } }`;
    const beforeEnrolling = await contents("travellers");
    expect((await ok(enrol)).enrolMembership).toEqual({
      membership: { status: "ACTIVE", program: { code: "SENTRI" } },
      userErrors: [],
    });
    // The snapshot sees a write when there is one.
    expect(await contents("travellers")).not.toEqual(beforeEnrolling);

    const errors = await refusedWritingNothing("travellers", enrol);
    expect(errors).toEqual([
      {
        field: ["input", "programCode"],
        code: "ACTIVE_MEMBERSHIP_EXISTS",
        message: `traveller ${travellerId} already has an active SENTRI membership`,
      },
    ]);
  });

  it("resumeArrangement of a revoked arrangement: REVOKED_IS_FINAL", async () => {
    const id = "cbp-inm-trusted-traveller";
    await ok(`mutation { revokeArrangement(id: "${id}", reason: "payload test") { arrangement { status } } }`);
    const errors = await refusedWritingNothing(
      "agreements",
      `mutation { resumeArrangement(id: "${id}", reason: "undo") { arrangement { status } ${USER_ERRORS} } }`,
    );
    expect(errors).toMatchObject([{ field: ["id"], code: "REVOKED_IS_FINAL" }]);
  });

  it("an idempotency key that is not one: INVALID on idempotencyKey", async () => {
    const errors = await refusedWritingNothing(
      "cargo",
      `mutation { reopenInspection(id: "nope", reason: "x", idempotencyKey: "short") { inspection { id } ${USER_ERRORS} } }`,
    );
    expect(errors).toMatchObject([{ field: ["idempotencyKey"], code: "INVALID" }]);
  });
});

describe("the mutation contract", () => {
  const TYPE = `query ($name: String!) { __type(name: $name) { name kind description
    fields { name description type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
    enumValues { name description } } }`;
  const typeOf = async (name: string) => (await ok(TYPE, { name })).__type;
  const printed = (type: Data): string =>
    type.kind === "NON_NULL"
      ? `${printed(type.ofType)}!`
      : type.kind === "LIST"
        ? `[${printed(type.ofType)}]`
        : type.name;

  it("gives every public mutation a described <Mutation>Payload with <Mutation>UserError and its own code enum", async () => {
    const mutation = await typeOf("Mutation");
    expect(mutation.fields).toHaveLength(27);
    for (const field of mutation.fields) {
      const name = field.name.charAt(0).toUpperCase() + field.name.slice(1);
      expect(printed(field.type)).toBe(`${name}Payload`);

      const payload = await typeOf(`${name}Payload`);
      expect(payload.description).toBeTruthy();
      const [entity, userErrors] = payload.fields;
      expect(entity.type.kind).not.toBe("NON_NULL");
      expect({ name: userErrors.name, type: printed(userErrors.type) }).toEqual({
        name: "userErrors",
        type: `[${name}UserError!]!`,
      });

      const userError = await typeOf(`${name}UserError`);
      expect(userError.fields.map((f: Data) => `${f.name}: ${printed(f.type)}`)).toEqual([
        "field: [String!]!",
        `code: ${name}ErrorCode!`,
        "message: String!",
      ]);
      for (const described of [payload, userError, ...payload.fields, ...userError.fields]) {
        expect(described.description).toBeTruthy();
      }

      const codes = await typeOf(`${name}ErrorCode`);
      expect(codes.kind).toBe("ENUM");
      expect(codes.enumValues.length).toBeGreaterThan(0);
      for (const value of codes.enumValues) expect(value.description).toBeTruthy();
    }
  });

  it("lists in the Mutation type's description the top-level codes of the README's Errors table", async () => {
    const { description } = await typeOf("Mutation");
    const inSchema = [...(description as string).matchAll(/^- `([A-Z_]+)` \(HTTP ([\d/]+)\): (.*)$/gm)].map(
      ([, code, http, when]) => ({ code, http, when }),
    );
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Errors"), readme.indexOf("\n## ", readme.indexOf("## Errors") + 1));
    const inReadme = [...section.matchAll(/^\| `([A-Z_]+)` +\| ([\d/]+) +\| (.*?) +\|$/gm)].map(
      ([, code, http, when]) => ({ code, http, when }),
    );

    expect(inSchema.length).toBeGreaterThan(5);
    expect(inReadme).toEqual(inSchema);
    // Business errors travel in payloads: no top-level code for them is left.
    expect(inSchema.map((entry) => entry.code)).not.toEqual(expect.arrayContaining(["NOT_FOUND"]));
    expect(inSchema.map((entry) => entry.code)).not.toEqual(expect.arrayContaining(["CONFLICT"]));
  });
});

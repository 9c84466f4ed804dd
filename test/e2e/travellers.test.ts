import { type TestGraph } from "@frontera/testing";
import { PORT_DASHBOARD, TRAVELLER_PROFILE } from "../support/canonical-operations";
import { type Data, USER_ERRORS, ok as expectOk, rejected as expectRejected } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);

const rejected = (query: string, variables?: Record<string, unknown>) => expectRejected(graph, query, variables);

// ICAO Doc 9303 Part 4 specimen passport.
const SPECIMEN_MRZ = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

describe("TravellerProfile (the canonical operation, verbatim)", () => {
  it("shows a commercial driver's documents, memberships and crossings with the shipments of their trips (none on an empty return south)", async () => {
    const trips = await ok(`{ trips(filter: { crossed: true }, first: 1) { edges { node { driver { id } } } } }`);
    const driverId = trips.trips.edges[0].node.driver.id;
    const { body } = await graph.query<Data>(TRAVELLER_PROFILE, { id: driverId });

    expect(body.errors).toBeUndefined();
    const traveller = body.data!.traveller;
    expect(traveller.documents.length).toBeGreaterThan(0);
    expect(traveller.documents.find((d: Data) => d.type === "PASSPORT").mrzValid).toBe(true);
    expect(traveller.memberships.length).toBeGreaterThanOrEqual(0);
    const commercial = traveller.crossings.edges.map((e: Data) => e.node).filter((node: Data) => node.trip);
    expect(commercial.length).toBeGreaterThan(0);
    for (const crossing of commercial) {
      expect(crossing.port.name).toEqual(expect.any(String));
      if (crossing.trip.shipments.length > 0) continue;
      // No shipments: only an empty truck going back south (docs/southbound.md).
      const { trip } = await ok(`query ($trip: ID!) { trip(tripNumber: $trip) { direction loaded } }`, {
        trip: crossing.trip.tripNumber,
      });
      expect(trip).toEqual({ direction: "SOUTHBOUND", loaded: false });
    }
    expect(commercial.some((crossing: Data) => crossing.trip.shipments.length > 0)).toBe(true);
  });
});

describe("PortDashboard (the canonical operation, verbatim)", () => {
  it("counts trucks and people crossing Laredo over the seeded period", async () => {
    const data = await ok(PORT_DASHBOARD.toString(), {
      code: "2304",
      from: "2026-09-01T00:00:00Z",
      to: "2026-12-01T00:00:00Z",
    });

    expect(data.port.name).toBe("Laredo");
    expect(data.port.truckCrossings.totalCount).toBeGreaterThan(0);
    expect(data.port.crossings.totalCount).toBeGreaterThanOrEqual(data.port.truckCrossings.totalCount);
    expect(data.port.inspections.edges.length).toBeGreaterThan(0);
  });
});

describe("traveller search", () => {
  it("finds a Peña when asked for pena, whatever the accents and case", async () => {
    const data = await ok(
      `{ travellers(filter: { name: "pena" }, first: 50) { totalCount edges { node { familyName } } } }`,
    );

    expect(data.travellers.totalCount).toBeGreaterThan(0);
    expect(data.travellers.edges.some((edge: Data) => /Peña/.test(edge.node.familyName))).toBe(true);
    const upper = await ok(`{ travellers(filter: { name: "PEÑA" }) { totalCount } }`);
    expect(upper.travellers.totalCount).toBe(data.travellers.totalCount);
  });

  it("finds a traveller by document number and by PASSID", async () => {
    const sample = await ok(`{ trips(filter: { crossed: true }, first: 1) { edges { node { driver { id } } } } }`);
    const id = sample.trips.edges[0].node.driver.id;
    const profile = await ok(`{ traveller(id: "${id}") { documents { number } memberships { passId } } }`);
    const byDocument = await ok(
      `{ travellers(filter: { documentNumber: "${profile.traveller.documents[0].number}" }) { edges { node { id } } } }`,
    );
    expect(byDocument.travellers.edges.map((e: Data) => e.node.id)).toContain(id);
    if (profile.traveller.memberships.length) {
      const byPassId = await ok(
        `{ travellers(filter: { passId: "${profile.traveller.memberships[0].passId}" }) { edges { node { id } } } }`,
      );
      expect(byPassId.travellers.edges.map((e: Data) => e.node.id)).toEqual([id]);
    }
  });

  it.each(["%", "_%_", "' OR 1=1 --", "pe%a"])("treats %j as data, never as SQL", async (name) => {
    const { body } = await graph.query<Data>(
      `query ($name: String!) { travellers(filter: { name: $name }) { totalCount } }`,
      { name },
    );
    if (body.errors) expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.name" });
    else expect(body.data!.travellers.totalCount).toBeLessThan(60);
  });
});

describe("traveller mutations", () => {
  let travellerId: string;

  beforeAll(async () => {
    const data = await ok(`mutation { registerTraveller(input: { familyName: "Eriksson", givenNames: "Anna María",
      dateOfBirth: "1974-08-12", sex: F, citizenships: ["SE"] }) { traveller { id } ${USER_ERRORS} } }`);
    expect(data.registerTraveller.userErrors).toEqual([]);
    travellerId = data.registerTraveller.traveller.id;
  });

  const ADD = `mutation ($id: ID!, $mrz: String) { addTravelDocument(travellerId: $id, input: { type: PASSPORT,
    number: "L898902C3", issuingCountry: "SE", expiresOn: "2032-04-15", mrz: $mrz }) { document { number mrzValid } ${USER_ERRORS} } }`;

  it("refuses the ICAO specimen with one digit changed, naming the check that failed", async () => {
    const wrong = SPECIMEN_MRZ.replace("L898902C36", "L898902C37");
    const errors = await rejected(ADD, { id: travellerId, mrz: wrong });

    expect(errors).toContainEqual({
      field: ["input", "mrz", "documentNumber"],
      code: "INVALID",
      message: expect.stringMatching(/check digit should be 6, not 7/),
    });
  });

  it("accepts the ICAO specimen passport with mrzValid true", async () => {
    const data = await ok(ADD, { id: travellerId, mrz: SPECIMEN_MRZ });
    expect(data.addTravelDocument).toEqual({ document: { number: "L898902C3", mrzValid: true }, userErrors: [] });

    const again = await rejected(ADD, { id: travellerId, mrz: SPECIMEN_MRZ });
    expect(again).toMatchObject([{ field: ["input", "number"], code: "ALREADY_EXISTS" }]);
  });

  it("finds the new traveller by a name typed without accents", async () => {
    const data = await ok(`{ travellers(filter: { name: "anna maria eriks" }) { edges { node { id } } } }`);
    expect(data.travellers.edges.map((e: Data) => e.node.id)).toEqual([travellerId]);
  });

  const cross = (lane: string) => `mutation { recordCrossing(input: { travellerId: "${travellerId}", portCode: "2504",
    direction: NORTHBOUND, mode: PRIVATE_VEHICLE, lane: ${lane}, at: "${new Date(Date.now() - 60_000).toISOString()}" }) {
    crossing { lane port { name } } ${USER_ERRORS} } }`;

  it("refuses a SENTRI lane crossing without an active SENTRI membership, and allows it with one", async () => {
    const errors = await rejected(cross("SENTRI"));
    expect(errors).toEqual([
      {
        field: ["input", "lane"],
        code: "LANE_NOT_ALLOWED",
        message: expect.stringMatching(/needs an active SENTRI membership/),
      },
    ]);

    await ok(`mutation { enrolMembership(travellerId: "${travellerId}", input: { programCode: "SENTRI", passId: "123456789",
      validUntil: "2031-01-01" }) { membership { status program { code name } } } }`);
    const data = await ok(cross("SENTRI"));
    expect(data.recordCrossing).toEqual({ crossing: { lane: "SENTRI", port: { name: "San Ysidro" } }, userErrors: [] });
  });

  it("keeps one active membership per program and one PASSID per person", async () => {
    const again =
      await rejected(`mutation { enrolMembership(travellerId: "${travellerId}", input: { programCode: "SENTRI",
      passId: "123456789", validUntil: "2031-01-01" }) { membership { status } ${USER_ERRORS} } }`);
    expect(again).toMatchObject([{ field: ["input", "programCode"], code: "ACTIVE_MEMBERSHIP_EXISTS" }]);

    const otherPassId =
      await rejected(`mutation { enrolMembership(travellerId: "${travellerId}", input: { programCode: "GLOBAL_ENTRY",
      passId: "987654321", validUntil: "2031-01-01" }) { membership { status } ${USER_ERRORS} } }`);
    expect(otherPassId).toMatchObject([{ field: ["input", "passId"], code: "PASS_ID_MISMATCH" }]);

    const nobody =
      await rejected(`mutation { enrolMembership(travellerId: "00000000-0000-4000-8000-000000000000", input: {
      programCode: "SENTRI", passId: "123456789", validUntil: "2031-01-01" }) { membership { status } ${USER_ERRORS} } }`);
    expect(nobody).toMatchObject([{ field: ["travellerId"], code: "NOT_FOUND" }]);
  });

  it("counts a recorded crossing in its port's totals at once", async () => {
    const window = {
      from: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const count = async () =>
      (
        await ok(
          `query ($from: DateTime!, $to: DateTime!) { port(code: "2504") { crossings(filter: { at: { from: $from, to: $to } }) { totalCount } } }`,
          window,
        )
      ).port.crossings.totalCount;
    const before = await count();
    await ok(cross("STANDARD"));
    expect(await count()).toBe(before + 1);
  });

  it("gives every document, membership and assessment an id a client can use", async () => {
    // A seeded person with an RFID card: its id is what a READY-lane crossing names.
    const found = await ok(`{ travellers(first: 100) { edges { node { id
      documents { id type } memberships { id traveller { id } } } } } }`);
    const people = found.travellers.edges.map((edge: Data) => edge.node);
    const holder = people.find((person: Data) =>
      person.documents.some((document: Data) => ["PASSPORT_CARD", "BORDER_CROSSING_CARD"].includes(document.type)),
    );
    const card = holder.documents.find((document: Data) =>
      ["PASSPORT_CARD", "BORDER_CROSSING_CARD"].includes(document.type),
    );
    const data = await ok(`mutation { recordCrossing(input: { travellerId: "${holder.id}", portCode: "2504",
      direction: NORTHBOUND, mode: PEDESTRIAN, lane: READY, documentId: "${card.id}",
      at: "${new Date(Date.now() - 60_000).toISOString()}" }) { crossing { lane documentUsed { id type } } } }`);
    expect(data.recordCrossing.crossing).toEqual({ lane: "READY", documentUsed: { id: card.id, type: card.type } });

    const member = people.find((person: Data) => person.memberships.length > 0);
    expect(member.memberships[0]).toEqual({ id: expect.any(String), traveller: { id: member.id } });
    const assessed = await ok(`{ shipments(first: 20) { edges { node { shipmentControlNumber
      riskAssessment { id shipment { shipmentControlNumber } } } } } }`);
    const withRisk = assessed.shipments.edges.map((edge: Data) => edge.node).find((node: Data) => node.riskAssessment);
    expect(withRisk.riskAssessment).toEqual({
      id: expect.any(String),
      shipment: { shipmentControlNumber: withRisk.shipmentControlNumber },
    });
  });

  it("refuses a crossing at a port without that traffic", async () => {
    const errors = await rejected(`mutation { recordCrossing(input: { travellerId: "${travellerId}", portCode: "2507",
      direction: NORTHBOUND, mode: PEDESTRIAN, lane: STANDARD, at: "${new Date().toISOString()}" }) {
      crossing { id } ${USER_ERRORS} } }`);
    expect(errors).toMatchObject([{ field: ["input", "mode"], code: "INVALID" }]);
  });
});

describe("trip crossings", () => {
  it("links a cargo trip to its driver's crossing", async () => {
    const data =
      await ok(`{ trips(filter: { crossed: true }, first: 3) { edges { node { tripNumber crossedAt driver { id }
      crossing { mode lane traveller { id } trip { tripNumber } } } } } }`);

    for (const { node } of data.trips.edges) {
      expect(node.crossing).toMatchObject({
        mode: "COMMERCIAL_DRIVER",
        traveller: { id: node.driver.id },
        trip: { tripNumber: node.tripNumber },
      });
    }
  });
});

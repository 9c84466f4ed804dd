import { type TestGraph } from "@frontera/testing";
import { PORT_DASHBOARD } from "../support/canonical-operations";
import { type Data, USER_ERRORS, ok as expectOk, rejected as expectRejected } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

let graph: TestGraph;
let driverId: string;

beforeAll(async () => {
  graph = await startWholeGraph();
  const { body } = await graph.query<Data>(`{ shipments(first: 1) { edges { node { trip { driver { id } } } } } }`);
  driverId = body.data!.shipments.edges[0].node.trip.driver.id;
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);

const rejected = (query: string, variables?: Record<string, unknown>) => expectRejected(graph, query, variables);

const fieldsOf = (errors: Array<{ field: string[] }>) => errors.map((error) => error.field.join("."));

const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString();

function manifest(tripNumber: string, controlNumber: string, changes: Record<string, unknown> = {}) {
  return {
    tripNumber,
    carrier: { name: "Transportes Frontera S.A. de C.V.", country: "MX", scac: "TFRO" },
    portCode: "2304",
    estimatedArrival: inOneHour(),
    lane: "FAST",
    conveyance: { vin: "1M8GDM9AXKP042788", licensePlate: "12AB345", usdotNumber: "1234567" },
    equipment: [{ number: "CSQU3054383", kind: "CONTAINER", seals: ["12345678"] }],
    driverId,
    shipments: [
      {
        shipmentControlNumber: controlNumber,
        type: "PAPS",
        shipper: { name: "Aguacates del Valle S.A. de C.V.", country: "MX", mxRfc: "AVA010203AB1" },
        consignee: { name: "Fresh Imports LLC", country: "US" },
        programCodes: ["FAST", "NARP"],
        goodsItems: [
          {
            description: "Avocados, fresh",
            hsCode: "080440",
            nationalCode: "0804400010",
            originCountry: "MX",
            grossMassKg: 18000,
            quantity: 1200,
            packagingUnit: "CT",
            value: { minorUnits: 4250000, currency: "USD" },
            phytoCertificate: {
              number: "SEN-0000012345",
              issuingAgencyCode: "SENASICA",
              electronic: true,
              issuedOn: "2026-11-20",
            },
          },
        ],
      },
    ],
    ...changes,
  };
}

const SUBMIT = `mutation ($input: TripManifestInput!, $key: String) {
  submitTripManifest(input: $input, idempotencyKey: $key) {
    trip {
      tripNumber lane crossedAt carrier { name scac } conveyance { vin } equipment { number kind seals }
      shipments { shipmentControlNumber status goodsItems { hsCode value { amount currency } phytoCertificate { number issuingAgency { code } } } }
    }
    ${USER_ERRORS}
  }
}`;

const tripExists = async (tripNumber: string) =>
  (await ok(`{ trip(tripNumber: "${tripNumber}") { tripNumber } }`)).trip !== null;

describe("submitTripManifest", () => {
  it("records the trip, its truck, equipment, parties, shipments and goods in one go", async () => {
    const data = await ok(SUBMIT, { input: manifest("TFRO0000000001", "TFROAA000001") });

    expect(data.submitTripManifest.userErrors).toEqual([]);
    expect(data.submitTripManifest.trip).toMatchObject({
      tripNumber: "TFRO0000000001",
      lane: "FAST",
      crossedAt: null,
      carrier: { scac: "TFRO" },
      equipment: [{ number: "CSQU3054383", kind: "CONTAINER", seals: ["12345678"] }],
      shipments: [
        {
          shipmentControlNumber: "TFROAA000001",
          status: "AWAITING_ARRIVAL",
          goodsItems: [
            {
              hsCode: "080440",
              value: { amount: "42500.00", currency: "USD" },
              phytoCertificate: { number: "SEN-0000012345", issuingAgency: { code: "SENASICA" } },
            },
          ],
        },
      ],
    });
  });

  it("refuses a container number with a wrong check digit, naming it, and writes nothing", async () => {
    const input = manifest("TFRO0000000002", "TFROAA000002", {
      equipment: [{ number: "CSQU3054384", kind: "CONTAINER", seals: [] }],
    });
    const errors = await rejected(SUBMIT, { input });

    expect(errors).toEqual([
      { field: ["input", "equipment", "0", "number"], code: "INVALID", message: expect.stringMatching(/check digit/) },
    ]);
    expect(await tripExists("TFRO0000000002")).toBe(false);
  });

  it("writes a manifest submitted twice with one idempotency key once", async () => {
    const input = manifest("TFRO0000000003", "TFROAA000003");
    const first = await ok(SUBMIT, { input, key: "manifest-TFRO0000000003" });
    const again = await ok(SUBMIT, { input, key: "manifest-TFRO0000000003" });

    expect(again.submitTripManifest.trip.tripNumber).toBe(first.submitTripManifest.trip.tripNumber);
    const trips = await ok(
      `{ trips(filter: { driverId: "${driverId}" }, first: 100) { edges { node { tripNumber } } } }`,
    );
    expect(trips.trips.edges.filter((edge: Data) => edge.node.tripNumber === "TFRO0000000003")).toHaveLength(1);

    const duplicate = await rejected(SUBMIT, { input });
    expect(duplicate).toContainEqual(
      expect.objectContaining({ field: ["input", "tripNumber"], code: "ALREADY_EXISTS" }),
    );
  });

  it.each([
    [
      "a VIN with a wrong check digit",
      { conveyance: { vin: "1M8GDM9A1KP042788", licensePlate: "12AB345" } },
      "input.conveyance.vin",
      "INVALID",
    ],
    ["a trip number without the carrier's SCAC", { tripNumber: "XXXX0000000009" }, "input.tripNumber", "INVALID"],
    ["an unknown port", { portCode: "9999" }, "input.portCode", "NOT_FOUND"],
    ["a UCP lane at a port without UCP", { portCode: "2301", lane: "UCP" }, "input.lane", "NO_UCP_LANE"],
    ["an arrival a year away", { estimatedArrival: "2027-12-01T00:00:00Z" }, "input.estimatedArrival", "INVALID"],
  ])("refuses %s with a user error naming the field", async (_case, changes, field, code) => {
    const errors = await rejected(SUBMIT, { input: manifest("TFRO0000000009", "TFROAA000009", changes) });

    expect(errors).toContainEqual(expect.objectContaining({ field: field.split("."), code }));
    expect(await tripExists("TFRO0000000009")).toBe(false);
  });

  it.each([
    ["a 5-digit HS code", { hsCode: "08044", nationalCode: "0804400010" }, "input.shipments.0.goodsItems.0.hsCode"],
    [
      "a national code of another heading",
      { nationalCode: "0702000010" },
      "input.shipments.0.goodsItems.0.nationalCode",
    ],
    [
      "an unknown certificate issuer",
      { phytoCertificate: { number: "X-1234", issuingAgencyCode: "NOPE", issuedOn: "2026-11-20" } },
      "input.shipments.0.goodsItems.0.phytoCertificate.issuingAgencyCode",
    ],
  ])("refuses a goods item with %s", async (_case, changes, field) => {
    const input = manifest("TFRO0000000010", "TFROAA000010");
    Object.assign(input.shipments[0].goodsItems[0], changes);
    const errors = await rejected(SUBMIT, { input });

    expect(fieldsOf(errors)).toContain(field);
  });

  it("refuses an unknown program and a control number of another carrier", async () => {
    const input = manifest("TFRO0000000011", "ABCDAA000011");
    input.shipments[0].programCodes = ["FAST", "WARP"];
    const errors = await rejected(SUBMIT, { input });

    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ["input", "shipments", "0", "shipmentControlNumber"], code: "INVALID" }),
        expect.objectContaining({ field: ["input", "shipments", "0", "programCodes", "1"], code: "NOT_FOUND" }),
      ]),
    );
  });
});

describe("crossings, inspections and the shipment status", () => {
  const STATUS = `query ($scn: ID!) { shipment(shipmentControlNumber: $scn) { status inspections { kind result pestFindings { taxon action } } } }`;
  const status = async (scn: string) => (await ok(STATUS, { scn })).shipment.status;

  beforeAll(async () => {
    await ok(SUBMIT, { input: manifest("TFRO0000000020", "TFROAA000020") });
  });

  it("releases the shipments of a trip that crossed, once", async () => {
    const crossing = `mutation { recordTripCrossing(tripNumber: "TFRO0000000020", lane: FAST, crossedAt: "${new Date(Date.now() - 60_000).toISOString()}") {
      trip { crossedAt } ${USER_ERRORS} } }`;
    expect((await ok(crossing)).recordTripCrossing.userErrors).toEqual([]);
    expect(await status("TFROAA000020")).toBe("RELEASED");

    const again = await rejected(crossing);
    expect(again).toMatchObject([{ field: ["tripNumber"], code: "ALREADY_CROSSED" }]);
  });

  it("needs one US and one MX agency for a UCP joint exam", async () => {
    const errors =
      await rejected(`mutation { openInspection(input: { target: { shipmentControlNumber: "TFROAA000020" }, kind: UCP_JOINT,
      agencyCodes: ["CBP", "APHIS"], locationCountry: "US", startedAt: "${new Date().toISOString()}" }) {
      inspection { id } ${USER_ERRORS} } }`);

    expect(errors).toMatchObject([{ field: ["input", "agencyCodes"], code: "JOINT_NEEDS_BOTH_COUNTRIES" }]);
  });

  it("follows an agriculture exam: in inspection, held with a pest, result only once, reopened, released", async () => {
    const startedAt = new Date(Date.now() - 30_000).toISOString();
    const opened =
      await ok(`mutation { openInspection(input: { target: { shipmentControlNumber: "TFROAA000020" }, kind: AGRICULTURE,
      agencyCodes: ["CBP"], locationCountry: "US", programCode: "NARP", startedAt: "${startedAt}" }) { inspection { id result } } }`);
    const id = opened.openInspection.inspection.id;
    expect(opened.openInspection.inspection.result).toBe("PENDING");
    expect(await status("TFROAA000020")).toBe("IN_INSPECTION");

    const record = (result: string, findings = "[]") =>
      `mutation { recordInspectionResult(input: { inspectionId: "${id}", result: ${result}, endedAt: "${new Date().toISOString()}",
        pestFindings: ${findings} }) { inspection { result pestFindings { taxon action } } ${USER_ERRORS} } }`;
    const held = await ok(
      record(
        "HELD",
        `[{ taxon: "Anastrepha ludens", commonName: "Mexican fruit fly", ppq523Serial: "523-00001", action: TREATED }]`,
      ),
    );
    expect(held.recordInspectionResult).toEqual({
      inspection: { result: "HELD", pestFindings: [{ taxon: "Anastrepha ludens", action: "TREATED" }] },
      userErrors: [],
    });
    expect(await status("TFROAA000020")).toBe("HELD");

    const twice = await rejected(record("RELEASED"));
    expect(twice).toEqual([
      { field: ["input", "inspectionId"], code: "ALREADY_RECORDED", message: expect.stringMatching(/reopen it first/) },
    ]);

    await ok(
      `mutation { reopenInspection(id: "${id}", reason: "treatment completed") { inspection { result reopenedCount } } }`,
    );
    expect(await status("TFROAA000020")).toBe("IN_INSPECTION");
    await ok(record("RELEASED"));
    expect(await status("TFROAA000020")).toBe("RELEASED");
  });

  it("files a pedimento in its format and refuses a malformed one", async () => {
    const file = (
      number: string,
    ) => `mutation { fileDeclaration(input: { shipmentControlNumber: "TFROAA000020", authorityCode: "ANAM",
      kind: MX_PEDIMENTO, number: "${number}", filedAt: "${new Date().toISOString()}" }) { declaration { kind number authority { code } } ${USER_ERRORS} } }`;
    const errors = await rejected(file("26 24 3156 5001234"));
    expect(errors).toMatchObject([{ field: ["input", "number"], code: "INVALID" }]);

    const filed = await ok(file("26 24 3156 6001234"));
    expect(filed.fileDeclaration).toEqual({
      declaration: { kind: "MX_PEDIMENTO", number: "262431566001234", authority: { code: "ANAM" } },
      userErrors: [],
    });

    const again = await rejected(file("26 24 3156 6001234"));
    expect(again).toMatchObject([{ field: ["input", "number"], code: "ALREADY_EXISTS" }]);
  });

  it("records a risk assessment with its band", async () => {
    const data = await ok(
      `mutation { assessRisk(input: { shipmentControlNumber: "TFROAA000020", score: 72, rulesHit: ["ROUTING_ANOMALY"] }) {
        riskAssessment { score band } ${USER_ERRORS} } }`,
    );
    expect(data.assessRisk).toEqual({ riskAssessment: { score: 72, band: "HIGH" }, userErrors: [] });
    const read = await ok(`{ shipment(shipmentControlNumber: "TFROAA000020") { riskAssessment { score rulesHit } } }`);
    expect(read.shipment.riskAssessment).toEqual({ score: 72, rulesHit: ["ROUTING_ANOMALY"] });
  });
});

describe("a port's totals", () => {
  const TOTALS = `query ($from: DateTime!, $to: DateTime!) {
    port(code: "2304") { truckCrossings(filter: { crossedAt: { from: $from, to: $to } }) { totalCount } }
    shipments(filter: { portCode: "2304", estimatedArrival: { from: $from, to: $to } }, first: 0) { totalCount }
  }`;
  const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  const midnightUtc = (days: number) => `${hoursFromNow(days * 24).slice(0, 10)}T00:00:00Z`;
  // one window that cuts days (counted from the rows), one of whole days (from the daily counts)
  const windows = [
    { from: hoursFromNow(-3), to: hoursFromNow(3) },
    { from: midnightUtc(-1), to: midnightUtc(2) },
  ];
  const totals = () =>
    Promise.all(
      windows.map(async (window) => {
        const data = await ok(TOTALS, window);
        return { shipments: data.shipments.totalCount, trucks: data.port.truckCrossings.totalCount };
      }),
    );

  it("count a manifest's shipment and its truck's crossing as soon as each is recorded", async () => {
    const before = await totals();
    await ok(SUBMIT, { input: manifest("TFRO0000000030", "TFROAA000030") });
    await ok(`mutation { recordTripCrossing(tripNumber: "TFRO0000000030", lane: FAST,
      crossedAt: "${hoursFromNow(-0.1)}") { trip { crossedAt } } }`);

    expect(await totals()).toEqual(
      before.map(({ shipments, trucks }) => ({ shipments: shipments + 1, trucks: trucks + 1 })),
    );
  });
});

describe("cargo lists and contributed fields", () => {
  it.each([
    [`{ status: RELEASED }`, (node: Data) => node.status === "RELEASED"],
    [`{ lane: UCP }`, (node: Data) => node.trip.lane === "UCP"],
    [`{ hsPrefix: "07" }`, (node: Data) => node.goodsItems.some((item: Data) => item.hsCode.startsWith("07"))],
    [`{ programCode: "NARP" }`, (node: Data) => node.programs.some((program: Data) => program.code === "NARP")],
  ])("filters shipments by %s", async (filter, holds) => {
    const data = await ok(`{ shipments(filter: ${filter}, first: 100) { totalCount edges { node {
      status trip { lane } goodsItems { hsCode } programs { code } } } } }`);

    expect(data.shipments.totalCount).toBeGreaterThan(0);
    for (const { node } of data.shipments.edges) expect(holds(node)).toBe(true);
  });

  it("answers PortDashboard's cargo fields for Laredo over the seeded period", async () => {
    const data = await ok(PORT_DASHBOARD.toString(), {
      code: "2304",
      from: "2026-09-01T00:00:00Z",
      to: "2026-12-01T00:00:00Z",
    });

    expect(data.port.name).toBe("Laredo");
    expect(data.port.truckCrossings.totalCount).toBeGreaterThan(0);
    expect(data.port.inspections.edges.length).toBeGreaterThan(0);
  });

  it("adds shipments to programs, trips to drivers and inspections to agencies", async () => {
    const data = await ok(`{
      program(code: "UCP") { shipments(first: 5) { totalCount edges { node { programs { code } } } } }
      traveller(id: "${driverId}") { tripsAsDriver(first: 5) { totalCount edges { node { driver { id } } } } }
      agency(code: "ANAM") { inspections(first: 5) { totalCount edges { node { agencies { code } } } } }
    }`);

    expect(data.program.shipments.totalCount).toBeGreaterThan(0);
    for (const { node } of data.program.shipments.edges) expect(node.programs).toContainEqual({ code: "UCP" });
    expect(data.traveller.tripsAsDriver.totalCount).toBeGreaterThan(0);
    for (const { node } of data.traveller.tripsAsDriver.edges) expect(node.driver.id).toBe(driverId);
    for (const { node } of data.agency.inspections.edges) expect(node.agencies).toContainEqual({ code: "ANAM" });
  });
});

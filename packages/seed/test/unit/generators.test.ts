import {
  agreementFacts,
  defaultSeedSize,
  generateCargo,
  generateCrossings,
  generateTravellers,
  parseSeedSize,
  portFacts,
  streamCargo,
  streamCrossings,
  streamTravellers,
} from "../../src";

const size = { seed: 11, shipments: 1500, asOf: new Date("2026-11-25T00:00:00Z") };

describe("demo data generators", () => {
  it("give the same data for the same seed and size, and different data for another seed", () => {
    expect(generateCargo(size)).toEqual(generateCargo(size));
    expect(generateTravellers(size)).toEqual(generateTravellers(size));
    expect(generateCargo({ ...size, seed: 12 }).shipments[0]).not.toEqual(generateCargo(size).shipments[0]);
  });

  it("give the same data whatever the batch size the seed streams it in", () => {
    const { tradeParties, certifications, batches } = streamCargo(size, 100);
    const streamed = [...batches];
    const whole = generateCargo(size);

    expect(streamed.length).toBeGreaterThan(10);
    expect({ tradeParties, certifications }).toEqual({
      tradeParties: whole.tradeParties,
      certifications: whole.certifications,
    });
    expect(streamed.flatMap((batch) => batch.trips)).toEqual(whole.trips);
    expect(streamed.flatMap((batch) => batch.shipments)).toEqual(whole.shipments);
    expect(streamed.flatMap((batch) => batch.inspections)).toEqual(whole.inspections);
    expect([...streamTravellers(size, 7)].flatMap((batch) => batch.documents)).toEqual(
      generateTravellers(size).documents,
    );
    expect([...streamCrossings(size, 50)].flat()).toEqual(generateCrossings(size));
  });

  it("generate exactly the asked number of shipments, with unique control numbers in the manifest format", () => {
    const { shipments, trips, goodsItems } = generateCargo(size);

    expect(shipments).toHaveLength(1500);
    expect(new Set(shipments.map((s) => s.shipmentControlNumber)).size).toBe(1500);
    for (const shipment of shipments) expect(shipment.shipmentControlNumber).toMatch(/^[A-Z]{4}[A-Z0-9]{4,12}$/);
    for (const trip of trips) {
      expect(trip.tripNumber).toMatch(/^[A-Z]{4}/);
      expect(trip.tripNumber.length).toBeGreaterThanOrEqual(8);
      expect(trip.tripNumber.length).toBeLessThanOrEqual(25);
    }
    for (const item of goodsItems) {
      expect(item.hsCode).toMatch(/^\d{6}$/);
      expect(item.nationalCode).toMatch(/^\d{10}$/);
      expect(item.nationalCode.startsWith(item.hsCode)).toBe(true);
    }
  });

  it("look like the real flows: Laredo busiest, produce at the produce ports, UCP only at UCP ports", () => {
    const { shipments, trips, goodsItems } = generateCargo(size);
    const perPort = new Map<string, number>();
    for (const shipment of shipments) perPort.set(shipment.portCode, (perPort.get(shipment.portCode) ?? 0) + 1);
    const busiest = [...perPort.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const ucpPorts = new Set(portFacts.filter((port) => port.programs.includes("UCP")).map((port) => port.code));
    const producePorts = new Set(["2604", "2305", "2506"]);
    const scnAtProducePorts = new Set(
      shipments.filter((s) => producePorts.has(s.portCode)).map((s) => s.shipmentControlNumber),
    );
    const atProducePorts = goodsItems.filter((item) => scnAtProducePorts.has(item.shipmentControlNumber));
    const produce = atProducePorts.filter((item) => /^0[78]/.test(item.hsCode));

    expect(busiest).toBe("2304");
    // Produce at the produce gateways; the whole mix by port is in patterns.test.ts.
    expect(produce.length / atProducePorts.length).toBeGreaterThan(0.3);
    for (const trip of trips.filter((t) => t.lane === "UCP")) expect(ucpPorts.has(trip.portCode)).toBe(true);
  });

  it("drive every FAST and UCP lane trip with a driver holding an active FAST membership", () => {
    const { trips } = generateCargo(size);
    const { memberships } = generateTravellers(size);
    const fastMembers = new Set(
      memberships.filter((m) => m.programCode === "FAST" && m.status === "ACTIVE").map((m) => m.travellerId),
    );

    const fastLane = trips.filter((trip) => trip.lane !== "STANDARD");
    expect(fastLane.length).toBeGreaterThan(0);
    for (const trip of fastLane) expect(fastMembers.has(trip.driverId)).toBe(true);
  });

  it("record the 2018 instruments with an unknown effective date, as the sources say", () => {
    const instruments2018 = agreementFacts.filter((agreement) => agreement.signedOn === "2018-03-26");

    expect(instruments2018).toHaveLength(3);
    for (const agreement of instruments2018) {
      expect(agreement).toMatchObject({ signedAt: "Mexico City", effectiveFrom: null, effectiveFromBasis: "UNKNOWN" });
    }
  });
});

describe("the default demo data", () => {
  it("holds a Peña, for the name search that ignores accents", () => {
    const { travellers } = generateTravellers(defaultSeedSize({}, new Date("2026-12-07T05:30:00Z")));
    expect(travellers.some((traveller) => traveller.familyName.split(" ").includes("Peña"))).toBe(true);
  });
});

describe("parseSeedSize", () => {
  const fallback = defaultSeedSize({}, new Date("2026-12-07T05:30:00Z"));

  it("reads --shipments, --seed and --as-of (a date, or a date-time with its offset)", () => {
    expect(parseSeedSize(["--shipments", "100000", "--seed", "3"], fallback)).toEqual({
      shipments: 100000,
      seed: 3,
      asOf: new Date("2026-12-07T05:00:00Z"),
    });
    expect(parseSeedSize(["--as-of", "2026-11-25"], fallback).asOf).toEqual(new Date("2026-11-25T00:00:00Z"));
    expect(parseSeedSize(["--as-of", "2026-11-25T06:00:00-06:00"], fallback).asOf).toEqual(
      new Date("2026-11-25T12:00:00Z"),
    );
  });

  it("names every bad flag", () => {
    expect(() => parseSeedSize(["--shipments", "lots", "--size", "2", "--as-of", "yesterday"], fallback)).toThrow(
      /--shipments needs a positive integer; unknown flag --size .*; --as-of needs a date \(2026-12-07\) or a date-time with its offset .*not "yesterday"/,
    );
    expect(() => parseSeedSize(["--as-of", "2026-11-25T06:00:00"], fallback)).toThrow(/--as-of needs a date/);
    expect(() => parseSeedSize(["--as-of"], fallback)).toThrow(/--as-of needs a date/);
  });

  it("takes the as-of moment from SEED_AS_OF, else the start of the current UTC hour", () => {
    expect(defaultSeedSize({ SEED_AS_OF: "2026-10-01" }).asOf).toEqual(new Date("2026-10-01T00:00:00Z"));
    expect(defaultSeedSize({}, new Date("2026-12-07T05:59:59.999Z")).asOf).toEqual(new Date("2026-12-07T05:00:00Z"));
    expect(() => defaultSeedSize({ SEED_AS_OF: "soon" })).toThrow(/SEED_AS_OF needs a date/);
  });
});

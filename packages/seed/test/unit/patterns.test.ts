import { isOpen } from "../../src/commercial-hours";
import { ctpatMembers } from "../../src/generate-cargo";
import {
  commodityFacts,
  generateCargo,
  generateCrossings,
  generateTravellers,
  narpCoverage,
  pestFacts,
  portFacts,
} from "../../src";

// The generated data follows the rules the reference facts state (docs/demo-data.md): who may use
// the FAST lane, which loads get NARP, where pests are found, how referrals follow the risk
// assessment, how many trucks are imaged, which tariff lines exist, when trucks cross.

const size = { seed: 11, shipments: 6000, asOf: new Date("2026-11-25T00:00:00Z") };
const cargo = generateCargo(size);
const shipmentsByNumber = new Map(cargo.shipments.map((s) => [s.shipmentControlNumber, s]));
const goodsOf = new Map<string, typeof cargo.goodsItems>();
for (const item of cargo.goodsItems) {
  const goods = goodsOf.get(item.shipmentControlNumber) ?? [];
  goods.push(item);
  goodsOf.set(item.shipmentControlNumber, goods);
}
const tripOf = new Map(cargo.trips.map((trip) => [trip.tripNumber, trip]));

describe("the demo data's patterns", () => {
  it("puts FAST and UCP lane trips only on C-TPAT carriers, importers and manufacturers", () => {
    const ctpat = ctpatMembers(cargo.certifications);
    const parties = new Map(cargo.tradeParties.map((party) => [party.id, party]));
    const fastTrips = cargo.trips.filter((trip) => trip.lane !== "STANDARD");
    expect(fastTrips.length).toBeGreaterThan(200);
    for (const trip of fastTrips) expect(ctpat.has(trip.carrierId)).toBe(true);
    const fastShipments = cargo.shipments.filter((s) => tripOf.get(s.tripNumber)!.lane !== "STANDARD");
    for (const shipment of fastShipments) {
      expect(ctpat.has(shipment.importerId ?? shipment.consigneeId)).toBe(true);
      expect(ctpat.has(shipment.shipperId)).toBe(true);
      expect(parties.get(shipment.shipperId)!.roles).toContain("MANUFACTURER");
    }
    // Standard-lane trips still carry the others.
    expect(cargo.shipments.some((s) => !ctpat.has(s.shipperId))).toBe(true);
  });

  it("grants NARP only to single-commodity loads of a covered commodity and origin, and to all of them", () => {
    let narp = 0;
    for (const shipment of cargo.shipments) {
      const goods = goodsOf.get(shipment.shipmentControlNumber)!;
      const kinds = new Set(goods.map((item) => `${item.hsCode}:${item.originCountry}`));
      const covered = kinds.size === 1 && narpCoverage.has([...kinds][0]);
      expect({ scn: shipment.shipmentControlNumber, narp: shipment.programCodes.includes("NARP") }).toEqual({
        scn: shipment.shipmentControlNumber,
        narp: covered,
      });
      if (covered) narp += 1;
    }
    expect(narp).toBeGreaterThan(0);
  });

  it("files a phytosanitary certificate only where one is required for the commodity from Mexico", () => {
    const required = new Set(commodityFacts.filter((c) => c.phytoRequiredFromMexico).map((c) => c.code));
    for (const item of cargo.goodsItems) {
      expect(item.phytoNumber !== null).toBe(required.has(item.hsCode) && item.originCountry === "MX");
    }
    expect(cargo.goodsItems.some((item) => item.phytoNumber !== null)).toBe(true);
  });

  it("finds a pest only in goods that host it: never a screwworm in cargo", () => {
    const hosts = new Map(pestFacts.map((pest) => [pest.taxon, new Set(pest.hostHs6)]));
    const findings = cargo.inspections.flatMap((exam) =>
      exam.pestFindings.map((finding) => ({ finding, goods: goodsOf.get(exam.shipmentControlNumber)! })),
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const { finding, goods } of findings) {
      expect(goods.some((item) => hosts.get(finding.taxon)!.has(item.hsCode))).toBe(true);
    }
    expect(findings.some(({ finding }) => finding.taxon === "Cochliomyia hominivorax")).toBe(false);
  });

  it("refers more shipments to secondary the higher their risk band", () => {
    const referred = new Set(
      cargo.inspections
        .filter((e) => e.kind === "PRIMARY" && e.result === "REFERRED")
        .map((e) => e.shipmentControlNumber),
    );
    const primaries = new Set(
      cargo.inspections.filter((e) => e.kind === "PRIMARY").map((e) => e.shipmentControlNumber),
    );
    const band = (score: number) => (score >= 70 ? "HIGH" : score >= 40 ? "MEDIUM" : "LOW");
    const counts = { LOW: [0, 0], MEDIUM: [0, 0], HIGH: [0, 0] };
    for (const risk of cargo.riskAssessments) {
      if (!primaries.has(risk.shipmentControlNumber)) continue;
      const count = counts[band(risk.score)];
      count[1] += 1;
      if (referred.has(risk.shipmentControlNumber)) count[0] += 1;
    }
    const rate = (b: keyof typeof counts) => counts[b][0] / counts[b][1];
    expect(counts.HIGH[1]).toBeGreaterThan(100);
    expect(rate("LOW")).toBeLessThan(rate("MEDIUM"));
    expect(rate("MEDIUM")).toBeLessThan(rate("HIGH"));
    expect(rate("HIGH")).toBeGreaterThan(0.4);
  });

  it("images about 15 percent of the trucks that crossed (FY 2021), before primary", () => {
    const crossed = cargo.trips.filter((trip) => trip.crossedAt !== null);
    const imagedTrips = new Set(
      cargo.inspections
        .filter((exam) => exam.kind === "NII_XRAY")
        .map((exam) => shipmentsByNumber.get(exam.shipmentControlNumber)!.tripNumber),
    );
    const share = imagedTrips.size / crossed.length;
    expect(share).toBeGreaterThan(0.13);
    expect(share).toBeLessThan(0.17);
  });

  it("mixes commodities by port: produce at the produce gateways, manufactures at the others", () => {
    const produceShare = (ports: string[]) => {
      const shipments = cargo.shipments.filter((s) => ports.includes(s.portCode));
      const produce = shipments.filter((s) => /^0[78]/.test(goodsOf.get(s.shipmentControlNumber)![0].hsCode));
      return produce.length / shipments.length;
    };
    expect(produceShare(["2604", "2305", "2506"])).toBeGreaterThan(0.35);
    expect(produceShare(["2304"])).toBeLessThan(0.15);
    expect(produceShare(["2402", "2408", "2303", "2507"])).toBeLessThan(0.08);
  });

  it("files only HTSUS lines of the shipped list, under their own HS code and in their season", () => {
    const lines = new Map(commodityFacts.flatMap((c) => c.nationalLines.map((line) => [line.code, { c, line }])));
    for (const item of cargo.goodsItems) {
      const known = lines.get(item.nationalCode);
      expect({ code: item.nationalCode, known: known !== undefined }).toEqual({ code: item.nationalCode, known: true });
      expect(known!.c.code).toBe(item.hsCode);
    }
    const tomatoes = cargo.goodsItems.filter((item) => item.hsCode === "070200");
    const arrivalOf = (scn: string) => shipmentsByNumber.get(scn)!.estimatedArrival.toISOString().slice(5, 10);
    for (const item of tomatoes) {
      const day = arrivalOf(item.shipmentControlNumber);
      if (day >= "11-15" || day <= "02-29") expect(item.nationalCode).toBe("0702006006");
    }
  });

  it("crosses trucks only while the port's cargo facility is open", () => {
    const hoursOf = new Map(portFacts.map((port) => [port.code, port.commercialHours]));
    const withHours = cargo.trips.filter((trip) => trip.crossedAt && hoursOf.get(trip.portCode));
    expect(withHours.length).toBeGreaterThan(500);
    for (const trip of withHours) {
      const hours = hoursOf.get(trip.portCode)!;
      expect({
        trip: trip.tripNumber,
        open: isOpen(trip.crossedAt!, hours) && isOpen(trip.estimatedArrival, hours),
      }).toEqual({ trip: trip.tripNumber, open: true });
    }
    // Driver crossings are the trips' own (the southbound trips' are checked in southbound.test.ts).
    const small = { ...size, shipments: 800 };
    const trips = new Map(generateCargo(small).trips.map((trip) => [trip.tripNumber, trip]));
    for (const crossing of generateCrossings(small).filter((c) => c.tripNumber && c.direction === "NORTHBOUND")) {
      expect(crossing.at).toEqual(trips.get(crossing.tripNumber!)!.crossedAt);
    }
  });

  it("enrols US citizens in Viajero Confiable only with Global Entry, and Mexicans without it", () => {
    const { travellers, memberships } = generateTravellers({ ...size, shipments: 3000 });
    const citizenships = new Map(travellers.map((t) => [t.id, t.citizenships]));
    const programsOf = new Map<string, string[]>();
    for (const m of memberships)
      programsOf.set(m.travellerId, [...(programsOf.get(m.travellerId) ?? []), m.programCode]);
    const viajeros = [...programsOf.entries()].filter(([, programs]) => programs.includes("VIAJERO_CONFIABLE"));
    const usOnly = viajeros.filter(([id]) => !citizenships.get(id)!.includes("MX"));
    expect(usOnly.length).toBeGreaterThan(0);
    for (const [, programs] of usOnly) expect(programs).toContain("GLOBAL_ENTRY");
    expect(
      viajeros.some(([id, programs]) => citizenships.get(id)!.includes("MX") && !programs.includes("GLOBAL_ENTRY")),
    ).toBe(true);
  });
});

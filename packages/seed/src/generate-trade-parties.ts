import { type Faker } from "@faker-js/faker";
import { CertificationStatus, TradeRole } from "@frontera/code-lists";

export interface TradePartySeed {
  id: string;
  name: string;
  country: string;
  scac: string | null;
  mxRfc: string | null;
  roles: TradeRole[];
  usdotNumber: string | null;
}

export interface CertificationSeed {
  tradePartyId: string;
  programCode: "CTPAT" | "OEA";
  status: CertificationStatus;
  validFrom: string;
  validTo: string | null;
}

const MX_SUFFIXES = ["S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."];
const US_SUFFIXES = ["Inc.", "LLC", "Corp."];

/** A Mexican RFC of a company: 3 letters, the incorporation date (YYMMDD), a 3-character homoclave. */
function companyRfc(faker: Faker): string {
  const date = faker.date
    .between({ from: "1975-01-01", to: "2015-12-31" })
    .toISOString()
    .slice(2, 10)
    .replace(/-/g, "");
  return `${faker.string.alpha({ length: 3, casing: "upper" })}${date}${faker.string.alphanumeric({ length: 3, casing: "upper" })}`;
}

function certification(faker: Faker, tradePartyId: string, programCode: "CTPAT" | "OEA"): CertificationSeed {
  const validFrom = faker.date.between({ from: "2015-01-01", to: "2025-06-30" }).toISOString().slice(0, 10);
  return {
    tradePartyId,
    programCode,
    status: faker.helpers.weightedArrayElement([
      { value: CertificationStatus.CERTIFIED, weight: 55 },
      { value: CertificationStatus.VALIDATED, weight: 40 },
      { value: CertificationStatus.SUSPENDED, weight: 5 },
    ]),
    validFrom,
    validTo: null,
  };
}

/**
 * Carriers (one per SCAC, most of them Mexican, all FAST carriers CTPAT), Mexican shippers and
 * manufacturers (many OEA), and US consignees and importers (many CTPAT).
 */
export function generateTradeParties(
  faker: Faker,
  carrierScacs: string[],
): {
  parties: TradePartySeed[];
  certifications: CertificationSeed[];
  carriers: TradePartySeed[];
  shippers: TradePartySeed[];
  consignees: TradePartySeed[];
} {
  const certifications: CertificationSeed[] = [];
  const carriers = carrierScacs.map((scac): TradePartySeed => {
    const mexican = faker.datatype.boolean(0.7);
    const party: TradePartySeed = {
      id: faker.string.uuid(),
      name: `${mexican ? `Autotransportes ${faker.person.lastName()}` : `${faker.person.lastName()} Trucking`} ${faker.helpers.arrayElement(mexican ? MX_SUFFIXES : US_SUFFIXES)}`,
      country: mexican ? "MX" : "US",
      scac,
      mxRfc: mexican ? companyRfc(faker) : null,
      roles: [TradeRole.CARRIER],
      usdotNumber: faker.string.numeric({ length: 7, allowLeadingZeros: false }),
    };
    certifications.push(certification(faker, party.id, "CTPAT"));
    return party;
  });
  const shippers = [...Array(Math.max(20, carrierScacs.length * 3))].map((): TradePartySeed => {
    const party: TradePartySeed = {
      id: faker.string.uuid(),
      name: `${faker.company.name()} ${faker.helpers.arrayElement(MX_SUFFIXES)}`,
      country: "MX",
      scac: null,
      mxRfc: companyRfc(faker),
      roles: faker.datatype.boolean(0.6) ? [TradeRole.SHIPPER, TradeRole.MANUFACTURER] : [TradeRole.SHIPPER],
      usdotNumber: null,
    };
    if (faker.datatype.boolean(0.45)) certifications.push(certification(faker, party.id, "OEA"));
    if (faker.datatype.boolean(0.25)) certifications.push(certification(faker, party.id, "CTPAT"));
    return party;
  });
  const consignees = [...Array(Math.max(20, carrierScacs.length * 3))].map((): TradePartySeed => {
    const party: TradePartySeed = {
      id: faker.string.uuid(),
      name: `${faker.company.name()} ${faker.helpers.arrayElement(US_SUFFIXES)}`,
      country: "US",
      scac: null,
      mxRfc: null,
      roles: [TradeRole.CONSIGNEE, TradeRole.IMPORTER],
      usdotNumber: null,
    };
    if (faker.datatype.boolean(0.4)) certifications.push(certification(faker, party.id, "CTPAT"));
    return party;
  });
  return { parties: [...carriers, ...shippers, ...consignees], certifications, carriers, shippers, consignees };
}

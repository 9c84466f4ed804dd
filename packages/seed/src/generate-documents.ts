import { type Faker } from "@faker-js/faker";
import { DocumentType } from "@frontera/code-lists";
import { type MembershipSeed, type TravellerSeed } from "./generate-travellers";
import { td1Mrz, td3Mrz } from "./mrz";
import { type SeedCalendar } from "./seed-calendar";

export interface TravelDocumentSeed {
  id: string;
  travellerId: string;
  type: DocumentType;
  number: string;
  issuingCountry: string;
  expiresOn: string;
  mrz: string | null;
}

function expiry(faker: Faker, calendar: SeedCalendar): string {
  // A few documents have lapsed before the seeded window; the rest run a few years past it.
  const lapsed = faker.datatype.boolean(0.05);
  return faker.date
    .between(
      lapsed
        ? { from: calendar.day(-1059), to: calendar.day(-86) }
        : { from: calendar.day(37), to: calendar.day(3323) },
    )
    .toISOString()
    .slice(0, 10);
}

/**
 * A traveller's documents: a passport of their country with a valid MRZ; for Mexicans often a
 * border crossing card (issued by the US), for Americans often a passport card; the FAST or
 * SENTRI card of their memberships.
 */
export function generateDocuments(
  faker: Faker,
  calendar: SeedCalendar,
  traveller: TravellerSeed,
  memberships: MembershipSeed[],
): TravelDocumentSeed[] {
  const country = traveller.citizenships[0];
  const holder = { ...traveller, nationality: country };
  const documents: TravelDocumentSeed[] = [];
  const add = (document: Omit<TravelDocumentSeed, "id" | "travellerId">) =>
    documents.push({ id: faker.string.uuid(), travellerId: traveller.id, ...document });

  const passportNumber =
    country === "MX" ? `${faker.string.alpha({ casing: "upper" })}${faker.string.numeric(8)}` : faker.string.numeric(9);
  const passportExpiry = expiry(faker, calendar);
  add({
    type: DocumentType.PASSPORT,
    number: passportNumber,
    issuingCountry: country,
    expiresOn: passportExpiry,
    mrz: td3Mrz({
      ...holder,
      documentCode: "P",
      issuingCountry: country,
      number: passportNumber,
      expiresOn: passportExpiry,
    }),
  });
  const card = country === "MX" ? faker.datatype.boolean(0.7) : faker.datatype.boolean(0.4);
  if (card) {
    const number = country === "MX" ? faker.string.numeric(9) : `C${faker.string.numeric(8)}`;
    const expiresOn = expiry(faker, calendar);
    add({
      type: country === "MX" ? DocumentType.BORDER_CROSSING_CARD : DocumentType.PASSPORT_CARD,
      number,
      issuingCountry: "US",
      expiresOn,
      mrz: td1Mrz({ ...holder, documentCode: "I", issuingCountry: "US", number, expiresOn }),
    });
  }
  for (const membership of memberships) {
    if (membership.programCode === "FAST") {
      add({
        type: DocumentType.FAST_CARD,
        number: faker.string.numeric(14),
        issuingCountry: "US",
        expiresOn: membership.validUntil,
        mrz: null,
      });
    }
    if (membership.programCode === "SENTRI") {
      add({
        type: DocumentType.SENTRI_CARD,
        number: membership.passId,
        issuingCountry: "US",
        expiresOn: membership.validUntil,
        mrz: null,
      });
    }
  }
  return documents;
}

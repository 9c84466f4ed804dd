import { type Faker, en, es_MX } from "@faker-js/faker";
import { MembershipStatus, Sex } from "@frontera/code-lists";
import { type TravelDocumentSeed, generateDocuments } from "./generate-documents";
import { COMMON_MEXICAN_SURNAMES } from "./mexican-surnames";
import { type SeedCalendar, seedCalendar } from "./seed-calendar";
import { type SeedSize, driverCount } from "./seed-size";
import { seededFaker, stableFraction, stableId } from "./seeded-random";

export interface TravellerSeed {
  id: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: string;
  sex: Sex;
  citizenships: string[];
}

export interface MembershipSeed {
  id: string;
  travellerId: string;
  programCode: string;
  passId: string;
  status: MembershipStatus;
  validUntil: string;
}

/** Travellers 0..drivers-1 are the commercial drivers that cargo trips refer to. */
export const seededTravellerId = (seed: number, index: number) => stableId(seed, "traveller", index);

/**
 * Whether a driver is FAST-registered. Cargo puts FAST and UCP lane trips only on such drivers,
 * so both generators derive it from (seed, index) alone.
 */
export const isFastDriver = (seed: number, index: number) => stableFraction(seed, "fast", index) < 0.7;

// Trusted-traveller programs of non-driver travellers, each with its share of enrolments among
// those eligible. Viajero Confiable takes Mexican nationals and US citizens already in Global
// Entry (programs.json, VIAJERO_CONFIABLE eligibility); Global Entry is drawn first for that.
const TRAVELLER_PROGRAMS: Array<{ code: string; share: number; eligible?: (held: Holder) => boolean }> = [
  { code: "SENTRI", share: 0.3 },
  { code: "GLOBAL_ENTRY", share: 0.12 },
  {
    code: "VIAJERO_CONFIABLE",
    share: 0.1,
    eligible: ({ citizenships, programs }) =>
      citizenships.includes("MX") || (citizenships.includes("US") && programs.includes("GLOBAL_ENTRY")),
  },
];

interface Holder {
  citizenships: string[];
  /** The programs drawn for the traveller so far. */
  programs: string[];
}

function travellerPrograms(faker: Faker, citizenships: string[]): string[] {
  const programs: string[] = [];
  for (const program of TRAVELLER_PROGRAMS) {
    if (program.eligible && !program.eligible({ citizenships, programs })) continue;
    if (faker.datatype.boolean(program.share)) programs.push(program.code);
  }
  return programs;
}

// Single surnames and given names of each country; faker's own Mexican surname pattern already
// joins two, and a few of its entries are mis-capitalised compounds.
const oneName = (names: readonly string[] | undefined) =>
  (names ?? []).filter((name) => /^[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+$/.test(name));
function namesOf(locale: typeof es_MX) {
  const female = oneName(locale.person?.first_name?.female);
  const male = oneName(locale.person?.first_name?.male);
  // a few given names sit in faker's surname lists too ("Karen"): keep them out of surnames
  const given = new Set([...female, ...male]);
  const surnames = oneName(locale.person?.last_name?.generic).filter((name) => !given.has(name));
  return { surnames, female, male };
}

const NAMES = { mx: namesOf(es_MX), us: namesOf(en) };

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function person(faker: Faker, id: string, mexican: boolean): TravellerSeed {
  const sex = faker.helpers.weightedArrayElement([
    { value: Sex.M, weight: 48 },
    { value: Sex.F, weight: 51 },
    { value: Sex.X, weight: 1 },
  ]);
  const names = NAMES[mexican ? "mx" : "us"];
  const firstNames = sex === Sex.F ? names.female : names.male;
  const given = [faker.helpers.arrayElement(firstNames)];
  if (faker.datatype.boolean(0.4)) given.push(faker.helpers.arrayElement(firstNames));
  // Mexican names carry both surnames, paternal then maternal.
  const surname = () =>
    faker.datatype.boolean(0.7)
      ? faker.helpers.weightedArrayElement(COMMON_MEXICAN_SURNAMES)
      : faker.helpers.arrayElement(names.surnames);
  const familyName = mexican ? `${surname()} ${surname()}` : faker.helpers.arrayElement(names.surnames);
  const citizenships = mexican ? ["MX"] : ["US"];
  if (faker.datatype.boolean(0.06)) citizenships.push(mexican ? "US" : "MX");
  return {
    id,
    familyName,
    givenNames: given.join(" "),
    dateOfBirth: isoDate(faker.date.between({ from: "1958-01-01", to: "2004-12-31" })),
    sex,
    citizenships,
  };
}

function membership(
  faker: Faker,
  calendar: SeedCalendar,
  id: string,
  travellerId: string,
  programCode: string,
  passId: string,
  active: boolean,
): MembershipSeed {
  const status = active
    ? MembershipStatus.ACTIVE
    : faker.helpers.weightedArrayElement([
        { value: MembershipStatus.ACTIVE, weight: 90 },
        { value: MembershipStatus.EXPIRED, weight: 6 },
        { value: MembershipStatus.SUSPENDED, weight: 3 },
        { value: MembershipStatus.REVOKED, weight: 1 },
      ]);
  // Lapsed up to five years before the as-of moment, or valid up to five years after it.
  const validUntil =
    status === MembershipStatus.EXPIRED
      ? faker.date.between({ from: calendar.day(-1789), to: calendar.day(-25) })
      : faker.date.between({ from: calendar.day(6), to: calendar.day(1831) });
  return {
    id,
    travellerId,
    programCode,
    passId,
    status,
    validUntil: isoDate(validUntil),
  };
}

export interface TravellerBatch {
  travellers: TravellerSeed[];
  memberships: MembershipSeed[];
  documents: TravelDocumentSeed[];
}

/** Batches of this many travellers, each with their own memberships and documents. */
export const TRAVELLERS_PER_BATCH = 10_000;

/**
 * Commercial drivers (mostly Mexican, most of them FAST-registered) and, twice as many, other
 * travellers with SENTRI, Global Entry or Viajero Confiable memberships; in batches (one pass
 * only: they draw from one random sequence), drivers first.
 */
export function* streamTravellers(size: SeedSize, perBatch = TRAVELLERS_PER_BATCH): Generator<TravellerBatch> {
  const faker = seededFaker(size.seed, "travellers");
  const calendar = seedCalendar(size.asOf);
  const drivers = driverCount(size);
  const total = drivers * 3;
  let batch: TravellerBatch = { travellers: [], memberships: [], documents: [] };
  for (let index = 0; index < total; index += 1) {
    const isDriver = index < drivers;
    const id = seededTravellerId(size.seed, index);
    const mexican = faker.datatype.boolean(isDriver ? 0.8 : 0.6);
    const traveller = person(faker, id, mexican);
    batch.travellers.push(traveller);
    // One PASSID (known traveller number) per person, shared by all of their programs.
    const passId = faker.string.numeric({ length: 9, allowLeadingZeros: false });
    const programs = isDriver
      ? isFastDriver(size.seed, index)
        ? ["FAST"]
        : []
      : travellerPrograms(faker, traveller.citizenships);
    // The cargo generator relies on FAST drivers being able to use the FAST lane: theirs are active.
    const own = programs.map((code) =>
      membership(faker, calendar, stableId(size.seed, `membership:${code}`, index), id, code, passId, isDriver),
    );
    batch.memberships.push(...own);
    batch.documents.push(...generateDocuments(faker, calendar, traveller, own));
    if (batch.travellers.length === perBatch) {
      yield batch;
      batch = { travellers: [], memberships: [], documents: [] };
    }
  }
  if (batch.travellers.length) yield batch;
}

/** Every traveller at once: for tests and small sizes (the seed streams them). */
export function generateTravellers(size: SeedSize): TravellerBatch {
  const all: TravellerBatch = { travellers: [], memberships: [], documents: [] };
  // A batch is small enough to spread into push().
  for (const batch of streamTravellers(size)) {
    all.travellers.push(...batch.travellers);
    all.memberships.push(...batch.memberships);
    all.documents.push(...batch.documents);
  }
  return all;
}

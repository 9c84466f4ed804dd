import { type Faker } from "@faker-js/faker";
import { CrossingMode, Direction, DocumentType, Lane, MembershipStatus } from "@frontera/code-lists";
import { streamCargo, tripCrossingEventId } from "./generate-cargo";
import { type TravelDocumentSeed } from "./generate-documents";
import { type SouthboundTripSeed, createSouthboundGenerator } from "./generate-southbound";
import { type MembershipSeed, type TravellerBatch, type TravellerSeed, streamTravellers } from "./generate-travellers";
import { DAYS_OF_HISTORY, type SeedCalendar, seedCalendar } from "./seed-calendar";
import { type SeedSize, driverCount } from "./seed-size";
import { seededFaker, stableId } from "./seeded-random";

export interface CrossingSeed {
  id: string;
  travellerId: string;
  portCode: string;
  direction: Direction;
  mode: CrossingMode;
  lane: Lane;
  at: Date;
  documentId: string | null;
  tripNumber: string | null;
  /** A driver's crossing: the trip's crossing event (see tripCrossingEventId); null for people's own. */
  eventId: string | null;
}

// Where people cross: San Ysidro far ahead, then El Paso and the Texas ports (BTS border crossing
// data, pedestrians and personal vehicles, rounded to relative weights). El Paso includes Ysleta
// and San Ysidro the Cross Border Xpress footbridge (one Schedule D port each; their weights were
// 5 and 3 before). Calexico West has no weight here yet: its BTS figures were not checked.
const PEOPLE_PORTS = [
  { value: "2504", weight: 43 },
  { value: "2402", weight: 19 },
  { value: "2304", weight: 10 },
  { value: "2305", weight: 8 },
  { value: "2506", weight: 6 },
  { value: "2301", weight: 5 },
  { value: "2604", weight: 4 },
  { value: "2303", weight: 3 },
  { value: "2505", weight: 2 },
  { value: "2608", weight: 2 },
  { value: "2302", weight: 1 },
  { value: "2601", weight: 1 },
];
const RFID_CARDS = new Set([
  DocumentType.BORDER_CROSSING_CARD,
  DocumentType.PASSPORT_CARD,
  DocumentType.SENTRI_CARD,
  DocumentType.FAST_CARD,
  DocumentType.LPR_CARD,
]);

function personalCrossing(
  faker: Faker,
  calendar: SeedCalendar,
  traveller: TravellerSeed,
  documents: TravelDocumentSeed[],
  memberships: MembershipSeed[],
): CrossingSeed {
  const portCode = faker.helpers.weightedArrayElement(PEOPLE_PORTS);
  const mode = faker.helpers.weightedArrayElement([
    { value: CrossingMode.PRIVATE_VEHICLE, weight: 62 },
    { value: CrossingMode.PEDESTRIAN, weight: 33 },
    { value: CrossingMode.BUS, weight: 5 },
  ]);
  const at = new Date(faker.number.int({ min: calendar.dayMs(-DAYS_OF_HISTORY), max: calendar.asOf }));
  const direction = faker.datatype.boolean(0.6) ? Direction.NORTHBOUND : Direction.SOUTHBOUND;
  const valid = documents.filter((document) => Date.parse(document.expiresOn) > at.getTime());
  const sentri = memberships.some(
    (m) =>
      m.programCode === "SENTRI" && m.status === MembershipStatus.ACTIVE && Date.parse(m.validUntil) > at.getTime(),
  );
  const sentriCard = valid.find((document) => document.type === DocumentType.SENTRI_CARD);
  const rfid = valid.find((document) => RFID_CARDS.has(document.type) && document.type !== DocumentType.FAST_CARD);
  // Inspection lanes are northbound only; southbound everyone is in the general flow.
  let lane = Lane.STANDARD;
  let document = valid.find((d) => d.type === DocumentType.PASSPORT) ?? valid[0] ?? null;
  if (
    direction === Direction.NORTHBOUND &&
    mode !== CrossingMode.BUS &&
    sentri &&
    sentriCard &&
    faker.datatype.boolean(0.8)
  ) {
    lane = Lane.SENTRI;
    document = sentriCard;
  } else if (direction === Direction.NORTHBOUND && rfid && faker.datatype.boolean(0.6)) {
    lane = Lane.READY;
    document = rfid;
  }
  return {
    id: faker.string.uuid(),
    travellerId: traveller.id,
    portCode,
    direction,
    mode,
    lane,
    at,
    documentId: document?.id ?? null,
    tripNumber: null,
    eventId: null,
  };
}

// Map.groupBy arrives with Node 21; this runs on 20.
function byTraveller<Row extends { travellerId: string }>(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.travellerId);
    if (group) group.push(row);
    else groups.set(row.travellerId, [row]);
  }
  return groups;
}

interface Person {
  traveller: TravellerSeed;
  documents: TravelDocumentSeed[];
  memberships: MembershipSeed[];
}

function* peopleOf(batches: Iterable<TravellerBatch>): Generator<Person> {
  for (const batch of batches) {
    const documentsOf = byTraveller(batch.documents);
    const membershipsOf = byTraveller(batch.memberships);
    for (const traveller of batch.travellers) {
      yield {
        traveller,
        documents: documentsOf.get(traveller.id) ?? [],
        memberships: membershipsOf.get(traveller.id) ?? [],
      };
    }
  }
}

/** Batches of about this many crossings. */
export const CROSSINGS_PER_BATCH = 10_000;

/**
 * Crossings of the seeded travellers: every trip a commercial driver drove across, northbound or
 * southbound (the trip's crossing event as cargo's relay delivers it: the trip's time, port, lane
 * and direction, its event id), and
 * the personal crossings of everyone, weighted
 * toward San Ysidro and the Texas ports. In batches (one pass only); only the drivers' documents
 * are held throughout, as every trip needs its driver's.
 */
export function* streamCrossings(size: SeedSize, perBatch = CROSSINGS_PER_BATCH): Generator<CrossingSeed[]> {
  const faker = seededFaker(size.seed, "crossings");
  const calendar = seedCalendar(size.asOf);
  const people = peopleOf(streamTravellers(size));
  const documentsOfDriver = new Map<string, TravelDocumentSeed[]>();
  // The drivers are the first travellers of the stream; the others follow in the second part.
  for (let index = 0; index < driverCount(size); index += 1) {
    const next = people.next();
    if (next.done) break;
    documentsOfDriver.set(next.value.traveller.id, next.value.documents);
  }
  let batch: CrossingSeed[] = [];
  const cargoStream = streamCargo(size);
  // The southbound trips, drawn from each batch as the cargo seed draws them (generate-southbound.ts).
  const southboundOf = createSouthboundGenerator(size, cargoStream.tradeParties);
  for (const cargo of cargoStream.batches) {
    for (const trip of cargo.trips) {
      if (!trip.crossedAt) continue;
      const own = documentsOfDriver.get(trip.driverId) ?? [];
      const fast = trip.lane !== Lane.STANDARD;
      const document =
        (fast && own.find((d) => d.type === DocumentType.FAST_CARD)) ||
        own.find((d) => d.type === DocumentType.PASSPORT) ||
        null;
      batch.push({
        id: faker.string.uuid(),
        travellerId: trip.driverId,
        portCode: trip.portCode,
        direction: Direction.NORTHBOUND,
        mode: CrossingMode.COMMERCIAL_DRIVER,
        lane: trip.lane,
        at: trip.crossedAt,
        documentId: document ? document.id : null,
        tripNumber: trip.tripNumber,
        eventId: tripCrossingEventId(size.seed, trip.tripNumber),
      });
    }
    for (const trip of southboundOf(cargo.trips).trips) {
      if (!trip.crossedAt) continue;
      batch.push(southboundDriverCrossing(size, trip, trip.crossedAt, documentsOfDriver.get(trip.driverId) ?? []));
    }
    if (batch.length >= perBatch) {
      yield batch;
      batch = [];
    }
  }
  for (const { traveller, documents, memberships } of people) {
    const count = faker.helpers.weightedArrayElement([
      { value: 0, weight: 10 },
      { value: 2, weight: 30 },
      { value: 6, weight: 35 },
      { value: 14, weight: 25 },
    ]);
    for (let i = 0; i < count; i += 1) batch.push(personalCrossing(faker, calendar, traveller, documents, memberships));
    if (batch.length >= perBatch) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * A driver's crossing of a southbound trip, as the relay delivers it: the trip's time, port and
 * lane, its event id, the driver's passport. Drawn from no random stream (its id is stable), so
 * the northbound crossings are what they were.
 */
function southboundDriverCrossing(
  size: SeedSize,
  trip: SouthboundTripSeed,
  crossedAt: Date,
  documents: TravelDocumentSeed[],
): CrossingSeed {
  const passport = documents.find((document) => document.type === DocumentType.PASSPORT);
  return {
    id: stableId(size.seed, "southbound-driver-crossing", trip.tripNumber),
    travellerId: trip.driverId,
    portCode: trip.portCode,
    direction: Direction.SOUTHBOUND,
    mode: CrossingMode.COMMERCIAL_DRIVER,
    lane: trip.lane,
    at: crossedAt,
    documentId: passport?.id ?? null,
    tripNumber: trip.tripNumber,
    eventId: tripCrossingEventId(size.seed, trip.tripNumber),
  };
}

/** Every crossing at once: for tests and small sizes (the seed streams them). */
export function generateCrossings(size: SeedSize): CrossingSeed[] {
  const all: CrossingSeed[] = [];
  // A batch is small enough to spread into push().
  for (const batch of streamCrossings(size)) all.push(...batch);
  return all;
}

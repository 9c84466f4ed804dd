import { AssistanceConcern, AssistanceRequestStatus, AssistanceSubjectKind } from "@frontera/code-lists";
import { streamCargo } from "./generate-cargo";
import { type SeedSize } from "./seed-size";
import { seedCalendar } from "./seed-calendar";
import { seededFaker, stableId } from "./seeded-random";

export interface AssistanceMessageSeed {
  authorCode: string;
  body: string;
  at: Date;
}

export interface AssistanceRequestSeed {
  id: string;
  requesterCode: string;
  addresseeCode: string;
  agreementId: string;
  subjectKind: AssistanceSubjectKind;
  subjectKey: string;
  portCode: string;
  concern: AssistanceConcern;
  question: string;
  dueAt: Date;
  status: AssistanceRequestStatus;
  declineReason: string | null;
  openedAt: Date;
  answeredAt: Date | null;
  closedAt: Date | null;
  messages: AssistanceMessageSeed[];
}

const DAY = 24 * 3600 * 1000;
// Nothing is opened later than this many days before the as-of moment, so that every answer,
// decline and closing seeded (up to 17 days after opening) lies before it.
const LAST_OPENED = -20;
// OPEN requests are due either within the seeded history (overdue from then on) or from this many
// days after the as-of moment (not overdue until then): both kinds show, read any day before it.
const LATE_DUE_AFTER = 180;

// Who asks whom under which instrument: CBP and ANAM under the 2018 enforcement memorandum mostly,
// CBP and SENASICA under the agriculture instrument. ANAM's arrangements grant it only
// `enforcement:respond`, so it is never the requester here.
const PAIRS = [
  { weight: 85, requester: "CBP", addressee: "ANAM", agreement: "2018-customs-trade-enforcement-moc" },
  { weight: 15, requester: "CBP", addressee: "SENASICA", agreement: "2018-agriculture-safeguarding" },
];

const QUESTIONS: Record<AssistanceConcern, string[]> = {
  [AssistanceConcern.ANTI_DUMPING_EVASION]: [
    "Please confirm the country of origin declared on export and any Mexican processing of the goods: the entry suggests transshipment to avoid anti-dumping duties.",
    "Does the exporter hold Mexican manufacturing records for these goods? The origin declared to CBP differs from the supplier's usual one.",
  ],
  [AssistanceConcern.COUNTERFEIT]: [
    "Do your records show the brand owner's authorisation for this exporter? Samples examined at the port appear counterfeit.",
    "Please share the export declaration's description and invoice for this consignment: marks on the packaging suggest counterfeit goods.",
  ],
  [AssistanceConcern.SUBSTANDARD_PHARMACEUTICAL]: [
    "Is the exporter a licensed pharmaceutical establishment in Mexico? The medicines declared lack the expected registration.",
    "Please confirm the sanitary registration numbers of the medicines on this shipment.",
  ],
  [AssistanceConcern.UNDERVALUATION]: [
    "Please share the value declared on export for this consignment: the value declared to CBP is far below comparable entries.",
    "Does the Mexican export declaration show the same invoice value and currency as the U.S. entry?",
  ],
  [AssistanceConcern.OTHER]: [
    "Please confirm the exporter's registration and the export declaration number for this consignment.",
    "Do your records show a phytosanitary or sanitary certificate issued for these goods?",
  ],
};

const ANSWERS = [
  "The export declaration and the exporter's records are consistent with what was declared to CBP; copies are available on request.",
  "Our records show a different origin and value than declared to CBP; the exporter is now under review.",
  "The exporter is not registered for these goods; we have opened a case on our side.",
  "The declared value matches the commercial invoice filed on export.",
];

const DECLINE_REASONS = [
  "The exporter is under a judicial proceeding in Mexico; the records cannot be shared until it ends.",
  "The request falls outside the agreement named; please resend under the appropriate instrument.",
];

/**
 * A few hundred assistance requests at the default size (one per ten shipments, at most 1,000),
 * about the seeded shipments, trips and trade parties of the first cargo batch: concerns across
 * the list, statuses mixed, some OPEN ones past their due date. Deterministic for a seed size.
 */
export function generateAssistanceRequests(size: SeedSize): AssistanceRequestSeed[] {
  const count = Math.min(1_000, Math.max(12, Math.round(size.shipments / 10)));
  const cargo = streamCargo(size).batches.next();
  if (cargo.done) return [];
  const { shipments, trips } = cargo.value;
  const tripsByNumber = new Map(trips.map((trip) => [trip.tripNumber, trip]));
  const faker = seededFaker(size.seed, "assistance-requests", "us");
  const calendar = seedCalendar(size.asOf);
  const concerns = Object.values(AssistanceConcern);
  const requests: AssistanceRequestSeed[] = [];
  for (let index = 0; index < count; index += 1) {
    const shipment = shipments[faker.number.int({ min: 0, max: shipments.length - 1 })]!;
    const pair = faker.helpers.weightedArrayElement(PAIRS.map((value) => ({ weight: value.weight, value })));
    const kind = faker.helpers.weightedArrayElement([
      { weight: 70, value: AssistanceSubjectKind.SHIPMENT },
      { weight: 20, value: AssistanceSubjectKind.TRIP },
      { weight: 10, value: AssistanceSubjectKind.TRADE_PARTY },
    ]);
    const subjectKey =
      kind === AssistanceSubjectKind.SHIPMENT
        ? shipment.shipmentControlNumber
        : kind === AssistanceSubjectKind.TRIP
          ? tripsByNumber.get(shipment.tripNumber)!.tripNumber
          : shipment.shipperId;
    const concern = pair.addressee === "SENASICA" ? AssistanceConcern.OTHER : concerns[index % concerns.length]!;
    const openedAt = new Date(
      Math.min(
        calendar.dayMs(LAST_OPENED),
        shipment.estimatedArrival.getTime() + faker.number.int({ min: 1, max: 5 }) * DAY,
      ),
    );
    openedAt.setUTCSeconds(0, 0);
    const status = faker.helpers.weightedArrayElement([
      { weight: 35, value: AssistanceRequestStatus.OPEN },
      { weight: 25, value: AssistanceRequestStatus.ANSWERED },
      { weight: 30, value: AssistanceRequestStatus.CLOSED },
      { weight: 10, value: AssistanceRequestStatus.DECLINED },
    ]);
    const dueInWindow = new Date(openedAt.getTime() + faker.number.int({ min: 7, max: 14 }) * DAY);
    const dueAt =
      status === AssistanceRequestStatus.OPEN && faker.datatype.boolean()
        ? calendar.day(LATE_DUE_AFTER + faker.number.int({ min: 0, max: 90 }))
        : dueInWindow;
    const answeredAt =
      status === AssistanceRequestStatus.ANSWERED || status === AssistanceRequestStatus.CLOSED
        ? new Date(openedAt.getTime() + faker.number.int({ min: 1, max: 12 }) * DAY)
        : null;
    const closedAt =
      status === AssistanceRequestStatus.CLOSED
        ? new Date(answeredAt!.getTime() + faker.number.int({ min: 1, max: 5 }) * DAY)
        : status === AssistanceRequestStatus.DECLINED
          ? new Date(openedAt.getTime() + faker.number.int({ min: 1, max: 5 }) * DAY)
          : null;
    const messages: AssistanceMessageSeed[] = answeredAt
      ? [{ authorCode: pair.addressee, body: faker.helpers.arrayElement(ANSWERS), at: answeredAt }]
      : [];
    if (answeredAt && faker.number.int({ min: 0, max: 3 }) === 0) {
      messages.push({
        authorCode: pair.requester,
        body: "Thank you; please send copies of the export declaration and invoice.",
        at: new Date(answeredAt.getTime() + 3600_000),
      });
    }
    requests.push({
      id: stableId(size.seed, "assistance-request", index),
      requesterCode: pair.requester,
      addresseeCode: pair.addressee,
      agreementId: pair.agreement,
      subjectKind: kind,
      subjectKey,
      portCode: shipment.portCode,
      concern,
      question: faker.helpers.arrayElement(QUESTIONS[concern]),
      dueAt,
      status,
      declineReason: status === AssistanceRequestStatus.DECLINED ? faker.helpers.arrayElement(DECLINE_REASONS) : null,
      openedAt,
      answeredAt,
      closedAt,
      messages,
    });
  }
  return requests;
}

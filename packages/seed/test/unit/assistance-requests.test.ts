import { AssistanceConcern, AssistanceRequestStatus, AssistanceSubjectKind } from "@frontera/code-lists";
import { type SeedSize, generateAssistanceRequests, generateCargo } from "../../src";

const asOf = new Date("2026-11-25T00:00:00Z");
const size: SeedSize = { seed: 2018, shipments: 3000, asOf };
const requests = generateAssistanceRequests(size);
const cargo = generateCargo(size);

describe("seeded assistance requests", () => {
  it("are a few hundred at the default size, the same for the same seed and as-of moment", () => {
    expect(requests).toHaveLength(300);
    expect(generateAssistanceRequests(size)).toEqual(requests);
    expect(new Set(requests.map((request) => request.id)).size).toBe(requests.length);
  });

  it("are about seeded shipments, trips and trade parties, each at its record's port", () => {
    const shipments = new Map(cargo.shipments.map((shipment) => [shipment.shipmentControlNumber, shipment]));
    const trips = new Map(cargo.trips.map((trip) => [trip.tripNumber, trip]));
    const parties = new Set(cargo.tradeParties.map((party) => party.id));
    for (const request of requests) {
      if (request.subjectKind === AssistanceSubjectKind.SHIPMENT) {
        expect(shipments.get(request.subjectKey)?.portCode).toBe(request.portCode);
      } else if (request.subjectKind === AssistanceSubjectKind.TRIP) {
        expect(trips.get(request.subjectKey)?.portCode).toBe(request.portCode);
      } else {
        expect(parties.has(request.subjectKey)).toBe(true);
      }
    }
    const kinds = new Set(requests.map((request) => request.subjectKind));
    expect(kinds).toEqual(new Set(Object.values(AssistanceSubjectKind)));
  });

  it("go mostly from CBP to ANAM, across every concern and status, some open ones overdue at the as-of moment", () => {
    const toAnam = requests.filter((request) => request.requesterCode === "CBP" && request.addresseeCode === "ANAM");
    expect(toAnam.length / requests.length).toBeGreaterThan(0.7);
    expect(requests.every((request) => request.requesterCode === "CBP")).toBe(true);
    expect(new Set(toAnam.map((request) => request.concern))).toEqual(new Set(Object.values(AssistanceConcern)));
    expect(new Set(requests.map((request) => request.status))).toEqual(new Set(Object.values(AssistanceRequestStatus)));
    const open = requests.filter((request) => request.status === AssistanceRequestStatus.OPEN);
    const overdue = open.filter((request) => request.dueAt < asOf);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(open.length);
  });

  it("happened before the as-of moment, in order, with a reason for each decline and an answer for each answered one", () => {
    for (const request of requests) {
      const times = [request.openedAt, request.answeredAt, request.closedAt, ...request.messages.map((m) => m.at)];
      for (const at of times) if (at) expect(at.getTime()).toBeLessThan(asOf.getTime());
      if (request.answeredAt) expect(request.answeredAt.getTime()).toBeGreaterThan(request.openedAt.getTime());
      expect(request.declineReason !== null).toBe(request.status === AssistanceRequestStatus.DECLINED);
      const answered =
        request.status === AssistanceRequestStatus.ANSWERED || request.status === AssistanceRequestStatus.CLOSED;
      expect(request.messages[0]?.authorCode === request.addresseeCode).toBe(answered);
    }
  });
});

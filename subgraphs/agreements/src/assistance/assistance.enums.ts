import { AssistanceConcern, AssistanceRequestStatus, AssistanceSubjectKind } from "@frontera/code-lists";
import { registerEnumType } from "type-graphql";

// The code lists' enums (shared with the demo data), served by this subgraph as GraphQL enums.
export { AssistanceConcern, AssistanceRequestStatus, AssistanceSubjectKind };

/** A request as the caller's agency sees it: one it sent, or one addressed to it. */
export enum AssistanceDirection {
  SENT = "SENT",
  RECEIVED = "RECEIVED",
}

export enum AssistanceAction {
  OPENED = "OPENED",
  ANSWERED = "ANSWERED",
  MESSAGE_ADDED = "MESSAGE_ADDED",
  DECLINED = "DECLINED",
  CLOSED = "CLOSED",
}

registerEnumType(AssistanceConcern, {
  name: "AssistanceConcern",
  description: "What the requesting agency suspects: the trade fraud the 2018 enforcement memorandum names, or other.",
  valuesConfig: {
    ANTI_DUMPING_EVASION: {
      description: "Evasion of anti-dumping or countervailing duties (transshipment, misdeclared origin).",
    },
    COUNTERFEIT: { description: "Goods infringing a trademark or copyright." },
    SUBSTANDARD_PHARMACEUTICAL: { description: "Medicines or medical products below standard or falsified." },
    UNDERVALUATION: { description: "A declared value below the transaction's real value." },
    OTHER: { description: "Another customs-compliance question; the question says which." },
  },
});
registerEnumType(AssistanceRequestStatus, {
  name: "AssistanceRequestStatus",
  description: "OPEN → ANSWERED → CLOSED, or OPEN → DECLINED with a reason.",
  valuesConfig: {
    OPEN: { description: "Asked and not yet answered." },
    ANSWERED: { description: "The addressed agency answered; the requesting agency may close it." },
    CLOSED: { description: "The requesting agency closed it: final." },
    DECLINED: { description: "The addressed agency declined it, with a reason: final." },
  },
});
registerEnumType(AssistanceSubjectKind, {
  name: "AssistanceSubjectKind",
  description: "Which kind of cargo record a request is about.",
  valuesConfig: {
    SHIPMENT: { description: "A shipment (`shipment`)." },
    TRIP: { description: "A truck trip (`trip`)." },
    TRADE_PARTY: { description: "A trade party (`tradeParty`)." },
  },
});
registerEnumType(AssistanceDirection, {
  name: "AssistanceDirection",
  description: "A request seen from the caller's agency.",
  valuesConfig: {
    SENT: { description: "The caller's agency asked." },
    RECEIVED: { description: "The caller's agency is asked." },
  },
});
registerEnumType(AssistanceAction, {
  name: "AssistanceAction",
  description: "One step in the life of an assistance request.",
  valuesConfig: {
    OPENED: { description: "The request was opened." },
    ANSWERED: { description: "The addressed agency answered (its answer is a message)." },
    MESSAGE_ADDED: { description: "One side added a message." },
    DECLINED: { description: "The addressed agency declined, with a reason." },
    CLOSED: { description: "The requesting agency closed it." },
  },
});

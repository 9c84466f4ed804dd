import {
  type InspectionKind,
  type InspectionResult,
  type Lane,
  type ShipmentStatus,
} from "@frontera/operations/src/generated/graphql";

// Colours told apart by most people with a colour vision deficiency (Okabe–Ito and Tableau's
// colour-blind-safe hues), and the table beside each chart carries every number anyway.
export const LANES: Array<{ lane: Lane; key: "standard" | "ready" | "sentri" | "fast" | "ucp"; color: string }> = [
  { lane: "STANDARD", key: "standard", color: "#0072b2" },
  { lane: "READY", key: "ready", color: "#e69f00" },
  { lane: "SENTRI", key: "sentri", color: "#009e73" },
  { lane: "FAST", key: "fast", color: "#cc79a7" },
  { lane: "UCP", key: "ucp", color: "#56b4e9" },
];

export const INSPECTION_KINDS: InspectionKind[] = [
  "PRIMARY",
  "SECONDARY",
  "NII_XRAY",
  "AGRICULTURE",
  "UCP_JOINT",
  "PRE_INSPECTION",
];

type ResultKey = "pending" | "released" | "referred" | "held" | "seized" | "reexported" | "treated" | "destroyed";

export const RESULTS: Array<{ result: InspectionResult; key: ResultKey; color: string }> = [
  { result: "PENDING", key: "pending", color: "#8c8c8c" },
  { result: "RELEASED", key: "released", color: "#009e73" },
  { result: "REFERRED", key: "referred", color: "#e69f00" },
  { result: "HELD", key: "held", color: "#f0e442" },
  { result: "SEIZED", key: "seized", color: "#d55e00" },
  { result: "REEXPORTED", key: "reexported", color: "#cc79a7" },
  { result: "TREATED", key: "treated", color: "#56b4e9" },
  { result: "DESTROYED", key: "destroyed", color: "#000000" },
];

type StatusKey = "awaitingArrival" | "inInspection" | "released" | "onHold" | "held" | "seized" | "reexported";

export const STATUSES: Array<{ status: ShipmentStatus; key: StatusKey }> = [
  { status: "AWAITING_ARRIVAL", key: "awaitingArrival" },
  { status: "IN_INSPECTION", key: "inInspection" },
  { status: "RELEASED", key: "released" },
  { status: "ON_HOLD", key: "onHold" },
  { status: "HELD", key: "held" },
  { status: "SEIZED", key: "seized" },
  { status: "REEXPORTED", key: "reexported" },
];

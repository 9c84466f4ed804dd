// The agreements subgraph's code lists; its GraphQL enums (with their descriptions) are registered there.

export enum InstrumentType {
  MOU = "MOU",
  MOC = "MOC",
  LETTER_OF_INTENT = "LETTER_OF_INTENT",
  MRA = "MRA",
  CMAA = "CMAA",
  STATUTE = "STATUTE",
  OTHER = "OTHER",
}

export enum EffectiveFromBasis {
  STATED = "STATED",
  ASSUMED_ON_SIGNATURE = "ASSUMED_ON_SIGNATURE",
  UNKNOWN = "UNKNOWN",
}

export enum AgreementStatus {
  SIGNED = "SIGNED",
  IN_FORCE = "IN_FORCE",
  SUPERSEDED = "SUPERSEDED",
  TERMINATED = "TERMINATED",
}

export enum ProgramCategory {
  CARGO_FACILITATION = "CARGO_FACILITATION",
  TRUSTED_TRADER = "TRUSTED_TRADER",
  TRUSTED_TRAVELLER = "TRUSTED_TRAVELLER",
  AGRICULTURE = "AGRICULTURE",
}

export enum PortMode {
  TRUCK = "TRUCK",
  RAIL = "RAIL",
  PEDESTRIAN = "PEDESTRIAN",
  PRIVATE_VEHICLE = "PRIVATE_VEHICLE",
  BUS = "BUS",
}

/**
 * Where an arrangement's scopes hold. Stated, never inferred from an empty port list: an
 * arrangement that forgot its ports must not grant its scopes everywhere.
 */
export enum ArrangementCoverage {
  ALL_PORTS = "ALL_PORTS",
  LISTED_PORTS = "LISTED_PORTS",
}

/** What an assistance request is about: the trade-fraud concerns the 2018 enforcement memorandum names, or other. */
export enum AssistanceConcern {
  ANTI_DUMPING_EVASION = "ANTI_DUMPING_EVASION",
  COUNTERFEIT = "COUNTERFEIT",
  SUBSTANDARD_PHARMACEUTICAL = "SUBSTANDARD_PHARMACEUTICAL",
  UNDERVALUATION = "UNDERVALUATION",
  OTHER = "OTHER",
}

/** OPEN → ANSWERED → CLOSED, or OPEN → DECLINED (with a reason). */
export enum AssistanceRequestStatus {
  OPEN = "OPEN",
  ANSWERED = "ANSWERED",
  CLOSED = "CLOSED",
  DECLINED = "DECLINED",
}

/** The one record an assistance request is about, owned by cargo. */
export enum AssistanceSubjectKind {
  SHIPMENT = "SHIPMENT",
  TRIP = "TRIP",
  TRADE_PARTY = "TRADE_PARTY",
}

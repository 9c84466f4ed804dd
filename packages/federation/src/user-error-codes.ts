/**
 * Every code a mutation's `userErrors` may carry, with what it tells a client. One dictionary for
 * the whole graph, so the same rule has the same code everywhere; each mutation's own code enum
 * lists only the codes that mutation can return, and takes its descriptions from here.
 */
export const USER_ERROR_CODES = {
  INVALID: "A value breaks a format or range rule; `field` names it.",
  NOT_FOUND: "A record the mutation names does not exist; `field` names the reference.",
  ALREADY_EXISTS: "A record with this identity is already on file (an id, a number, a document).",
  IDEMPOTENCY_KEY_REUSED: "The idempotency key was already used by this caller for a different request.",
  STALE_VERSION: "The record was changed since it was read (`expectedVersion` is not current): read it again.",
  CHANGED_MEANWHILE: "Another change to the record was recorded at the same moment: read it again and retry.",
  ALREADY_IN_STATUS: "The record already has the requested status.",
  TERMINATED_IS_FINAL: "A terminated agreement never changes status again.",
  REVOKED_IS_FINAL: "A revoked arrangement never changes status again.",
  EXPIRED: "The arrangement has expired; record a new one.",
  INVALID_TRANSITION: "The record's current status does not allow this change (e.g. resuming an active one).",
  NOT_A_PARTY: "An agency is not a party (nor the successor of one) to the agreement named.",
  AGREEMENT_NOT_IN_FORCE: "The agreement named is neither SIGNED nor IN_FORCE.",
  UNKNOWN_DOCUMENT:
    "A document id that is not in the trusted-documents manifest: only registered documents can be listed.",
  SCOPE_NOT_SHARABLE: "A scope that is never granted to a partner, or is not a data-sharing scope.",
  ALREADY_RECORDED: "The inspection already has a result; reopen it first.",
  NOT_RECORDED: "The inspection has no result yet (it is PENDING), so there is nothing to reopen.",
  JOINT_NEEDS_BOTH_COUNTRIES: "A joint inspection (UCP_JOINT, PRE_INSPECTION) needs one US and one MX agency.",
  SHIPMENT_ON_HOLD:
    "An open hold stops the shipment: no inspection result may release it until the hold is released (the message names the hold).",
  ALREADY_RELEASED: "The hold was already released: a hold is released once.",
  NO_UCP_LANE: "The port of entry has no UCP lane.",
  ALREADY_CROSSED: "The trip has already crossed: a trip crosses once.",
  LANE_NOT_ALLOWED:
    "The traveller or truck may not use that lane (it needs a membership or an RFID card; READY and SENTRI are for people, FAST and UCP for trucks).",
  TRIP_CROSSING_RECORDED_BY_CARGO:
    "A truck driver's crossing is recorded once, with the trip (`recordTripCrossing`); the driver's crossings show it. `recordCrossing` takes people on foot, in cars and on buses.",
  DOCUMENT_EXPIRED: "The travel document had expired at the time of the crossing.",
  ACTIVE_MEMBERSHIP_EXISTS: "The traveller already has an ACTIVE membership of this program: one per program.",
  WRONG_SIDE:
    "Only the agency asked answers or declines an assistance request, and only the agency that asked closes it.",
  PASS_ID_MISMATCH: "A traveller has one PASSID for all programs; this one differs from the one on file.",
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_CODES;

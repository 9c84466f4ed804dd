// The scope vocabulary: the one list the subgraphs, the gateway and the token command agree on.
// What each scope grants is written once, in the Scope enum (subgraphs/agreements/src/access/scope.enum.ts).

export const SCOPE_VOCABULARY = [
  "reference:read",
  "cargo:manifest:read",
  "cargo:commercial:read",
  "cargo:conveyance:read",
  "cargo:pedimento:read",
  "inspection:read",
  "inspection:joint:read",
  "inspection:agri:read",
  "hold:read",
  "hold:agri:read",
  "traveller:identity:read",
  "traveller:document:read",
  "traveller:membership:read",
  "risk:read",
  "audit:read",
  "cargo:write",
  "inspection:write",
  "hold:write",
  "hold:agri:write",
  "traveller:write",
  "agreements:write",
  "tokens:admin",
  "enforcement:request",
  "enforcement:respond",
] as const;

/**
 * Scopes only Frontera's own services hold, in the tokens they mint for themselves (the gateway
 * recording disclosures, cargo's relay delivering trip crossings to travellers); never granted by
 * an arrangement, never part of a caller's vocabulary.
 */
export const SERVICE_SCOPES = ["disclosures:record", "crossings:record"] as const;

export type Scope = (typeof SCOPE_VOCABULARY)[number] | (typeof SERVICE_SCOPES)[number];

const vocabulary = new Set<string>(SCOPE_VOCABULARY);
const known = new Set<string>([...SCOPE_VOCABULARY, ...SERVICE_SCOPES]);

/** A scope of the vocabulary callers and arrangements speak. */
export function isScope(value: string): value is Scope {
  return vocabulary.has(value);
}

/** A scope of the vocabulary or one of the services' own. */
export function isKnownScope(value: string): value is Scope {
  return known.has(value);
}

/** CBP targeting output is never shared with a partner, whatever an arrangement says. */
export const NEVER_SHARED_SCOPES: readonly Scope[] = ["risk:read"];

/**
 * The few actions a partner takes itself under an arrangement, because the instrument behind it
 * gives the partner that power: agricultural authorities (SENASICA, APHIS) stop a shipment for
 * plant health. Every other write stays with the agency that owns the data.
 */
export const PARTNER_ACTION_SCOPES: readonly Scope[] = ["hold:agri:write"];

/**
 * Cooperation between agencies under an arrangement: asking another agency about a record, and
 * answering what another agency asks (assistance requests, docs/assistance-requests.md).
 */
export const ENFORCEMENT_SCOPES: readonly Scope[] = ["enforcement:request", "enforcement:respond"];

/**
 * What a data-sharing arrangement may grant a partner: reading data, the partner actions above,
 * and taking part in assistance requests. Other writes, administering tokens and reading the
 * disclosure log stay with the agencies that own them.
 */
export const DATA_SHARING_SCOPES: readonly Scope[] = SCOPE_VOCABULARY.filter(
  (scope) =>
    (scope.endsWith(":read") && scope !== "audit:read" && !NEVER_SHARED_SCOPES.includes(scope)) ||
    PARTNER_ACTION_SCOPES.includes(scope) ||
    ENFORCEMENT_SCOPES.includes(scope),
);

/** Splits an OAuth 2 style space-separated scope string, dropping duplicates. */
export function parseScopeList(scope: string): string[] {
  return [...new Set(scope.split(/\s+/).filter(Boolean))];
}

import { type Scope as ScopeName, scopeEnumName, scopesByEnumName } from "@frontera/auth";
import { registerEnumType } from "type-graphql";

// What each scope lets its holder read or do; the table of docs/security-model.md, value by value.
const GRANTS: Record<ScopeName, string> = {
  "reference:read": "agencies, agreements, programs, ports and the reader's own arrangements",
  "cargo:manifest:read": "trips and shipments (numbers, port, times, lane) and goods items",
  "cargo:commercial:read": "values, trade parties and declarations",
  "cargo:conveyance:read": "VINs, plates, USDOT numbers, equipment and seals",
  "cargo:pedimento:read":
    "the Mexican import pedimento of southbound shipments: clave, regime, customs broker, customs value and exchange rate, selection result, TIGIE tariff lines",
  "inspection:read": "every inspection",
  "inspection:joint:read": "joint (UCP) and pre-inspection inspections only",
  "inspection:agri:read": "agriculture inspections, pest findings and phytosanitary certificates only",
  "hold:read": "every hold on a shipment (agricultural, customs, enforcement) and its history",
  "hold:agri:read": "agricultural holds on shipments only",
  "traveller:identity:read": "names, date of birth, sex and citizenship",
  "traveller:document:read": "document numbers and machine-readable zones",
  "traveller:membership:read": "trusted-traveller programs and membership status",
  "risk:read": "risk assessments (CBP targeting only; never granted to a partner)",
  "audit:read": "the disclosure log",
  "cargo:write": "recording trips, shipments and their crossings",
  "inspection:write": "opening, recording and reopening inspections",
  "hold:write": "placing and releasing holds of every kind on shipments",
  "hold:agri:write": "placing and releasing agricultural holds on shipments only (a partner action: SENASICA, APHIS)",
  "traveller:write": "recording travellers, documents, memberships and crossings",
  "agreements:write": "agreements and data-sharing arrangements",
  "tokens:admin": "revoking tokens",
  "enforcement:request":
    "opening and closing assistance requests from one's own agency, and reading those it sent, where its subject is",
  "enforcement:respond":
    "reading the assistance requests addressed to one's own agency, answering, declining and adding messages to them, where their subject is",
  "disclosures:record": "appending to the disclosure log (the gateway's own service token only)",
  "crossings:record": "writing a driver's crossing from a trip's crossing event (cargo's crossing relay only)",
};

/**
 * The scope vocabulary as a GraphQL enum. Its internal values are the OAuth spellings tokens and
 * arrangements use (`cargo:manifest:read`), so resolvers keep working with those; on the wire each
 * is its enum name (CARGO_MANIFEST_READ).
 */
export const Scope = scopesByEnumName();

registerEnumType(Scope, {
  name: "Scope",
  description:
    "A permission to read or write one kind of data. Tokens spell it in OAuth form (`cargo:manifest:read`); this enum in capitals (CARGO_MANIFEST_READ).",
  valuesConfig: Object.fromEntries(
    Object.entries(GRANTS).map(([scope, grants]) => [
      scopeEnumName(scope as ScopeName),
      { description: `\`${scope}\`: ${grants}.` },
    ]),
  ),
});

import { type NodeHost, type NodeTypes } from "@frontera/federation";
import { type Agency } from "../agency/agency.entity";
import { type Agreement } from "../agreement/agreement.entity";
import { type AssistanceRequest } from "../assistance/assistance-request.entity";
import { type DataSharingArrangement } from "../arrangement/arrangement.entity";
import { type PortOfEntry } from "../port/port.entity";
import { type Program } from "../program/program.entity";

/** Agreements' types with a global id, and the natural key each id carries (docs/global-ids.md). */
export const agreementsNodeTypes: NodeTypes = {
  Agency: { keyOf: (agency: Agency) => agency.code, referenceFor: (code) => ({ code }) },
  Agreement: { keyOf: (agreement: Agreement) => agreement.id, referenceFor: (agreementId) => ({ agreementId }) },
  Program: { keyOf: (program: Program) => program.code, referenceFor: (code) => ({ code }) },
  PortOfEntry: { keyOf: (port: PortOfEntry) => port.code, referenceFor: (code) => ({ code }) },
  DataSharingArrangement: {
    keyOf: (arrangement: DataSharingArrangement) => arrangement.id,
    referenceFor: (arrangementId) => ({ arrangementId }),
  },
  AssistanceRequest: {
    keyOf: (request: AssistanceRequest) => request.id,
    referenceFor: (assistanceRequestId) => ({ assistanceRequestId }),
  },
};

const TRAVELLER_SCOPES = ["traveller:identity:read", "traveller:document:read", "traveller:membership:read"];
const INSPECTION_SCOPES = ["inspection:read", "inspection:joint:read", "inspection:agri:read"];

/**
 * Agreements answers `node` and `nodes` for the whole graph: it reads other subgraphs' ids without
 * their databases, and the gateway asks the owner for the row (`_entities`), where the access
 * policy decides. Agreements is the subgraph every partner answer already touches (its reference
 * data), and its own types all carry their place, so its rows need no parent to be checked.
 * The scopes are each owner's type scopes; composition fails when they drift.
 */
export const agreementsNodeHost: NodeHost = {
  foreignTypes: {
    Trip: { scopes: ["cargo:manifest:read"] },
    Shipment: { scopes: ["cargo:manifest:read"] },
    TradeParty: { scopes: ["cargo:commercial:read"] },
    Declaration: { scopes: ["cargo:commercial:read"] },
    Inspection: { scopes: INSPECTION_SCOPES },
    RiskAssessment: { scopes: ["risk:read"] },
    ShipmentHold: { scopes: ["hold:read", "hold:agri:read"] },
    Traveller: { scopes: TRAVELLER_SCOPES },
    Crossing: { scopes: ["traveller:identity:read"] },
    TravelDocument: { scopes: ["traveller:document:read"] },
    TrustedTravellerMembership: { scopes: ["traveller:membership:read"] },
  },
};

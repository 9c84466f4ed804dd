import { type NodeTypes, type ReferencedNodeTypes } from "@frontera/federation";
import { type Crossing } from "../crossing/crossing.entity";
import { type TravelDocument } from "../document/travel-document.entity";
import { type TrustedTravellerMembership } from "../membership/membership.entity";
import { type Traveller } from "../traveller/traveller.entity";

/** Travellers' types with a global id, and the natural key each id carries (docs/global-ids.md). */
export const travellersNodeTypes: NodeTypes = {
  Traveller: { keyOf: (traveller: Traveller) => traveller.id, referenceFor: (travellerId) => ({ travellerId }) },
  Crossing: { keyOf: (crossing: Crossing) => crossing.id, referenceFor: (crossingId) => ({ crossingId }) },
  TravelDocument: { keyOf: (document: TravelDocument) => document.id, referenceFor: (documentId) => ({ documentId }) },
  TrustedTravellerMembership: {
    keyOf: (membership: TrustedTravellerMembership) => membership.id,
    referenceFor: (membershipId) => ({ membershipId }),
  },
};

/** Other subgraphs' node types travellers holds a stub of, by the stub's key: it says their ids itself. */
export const travellersReferencedNodeTypes: ReferencedNodeTypes = {
  Shipment: "shipmentControlNumber",
  Trip: "tripNumber",
  PortOfEntry: "code",
  Program: "code",
};

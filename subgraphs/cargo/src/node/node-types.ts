import { type NodeTypes, type ReferencedNodeTypes } from "@frontera/federation";
import { type Declaration } from "../declaration/declaration.entity";
import { type ShipmentHold } from "../hold/hold.entity";
import { type Inspection } from "../inspection/inspection.entity";
import { type RiskAssessment } from "../risk/risk-assessment.entity";
import { type Shipment } from "../shipment/shipment.entity";
import { type TradeParty } from "../trade-party/trade-party.entity";
import { type Trip } from "../trip/trip.entity";

/** Cargo's types with a global id, and the natural key each id carries (docs/global-ids.md). */
export const cargoNodeTypes: NodeTypes = {
  Trip: { keyOf: (trip: Trip) => trip.tripNumber, referenceFor: (tripNumber) => ({ tripNumber }) },
  Shipment: {
    keyOf: (shipment: Shipment) => shipment.shipmentControlNumber,
    referenceFor: (shipmentControlNumber) => ({ shipmentControlNumber }),
  },
  TradeParty: { keyOf: (party: TradeParty) => party.id, referenceFor: (tradePartyId) => ({ tradePartyId }) },
  Declaration: {
    keyOf: (declaration: Declaration) => declaration.id,
    referenceFor: (declarationId) => ({ declarationId }),
  },
  Inspection: { keyOf: (inspection: Inspection) => inspection.id, referenceFor: (inspectionId) => ({ inspectionId }) },
  RiskAssessment: {
    keyOf: (assessment: RiskAssessment) => assessment.id,
    referenceFor: (riskAssessmentId) => ({ riskAssessmentId }),
  },
  ShipmentHold: { keyOf: (hold: ShipmentHold) => hold.id, referenceFor: (holdId) => ({ holdId }) },
};

/** Other subgraphs' node types cargo holds a stub of, by the stub's key: it says their ids itself. */
export const cargoReferencedNodeTypes: ReferencedNodeTypes = {
  Agency: "code",
  Program: "code",
  PortOfEntry: "code",
  Traveller: "travellerId",
};

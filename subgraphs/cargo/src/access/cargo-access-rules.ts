import { type AccessRules, type EntityRule, PLACED_EVERYWHERE } from "@frontera/federation";
import { type CargoContext } from "../context";
import { type Declaration } from "../declaration/declaration.entity";
import { type ShipmentHold } from "../hold/hold.entity";
import { type Inspection } from "../inspection/inspection.entity";
import { type RiskAssessment } from "../risk/risk-assessment.entity";
import { type Shipment } from "../shipment/shipment.entity";
import { type Trip } from "../trip/trip.entity";
import { holdScopesOf, inspectionScopesOf, placeOfTrade } from "./cargo-row-policy";

// A trade row lives at its port in its direction: a grant reaches it only if it covers both.
const atItsPort = { place: placeOfTrade };

/**
 * Where each kind of cargo row lives (docs/security-model.md). Trade parties have no port of
 * their own: they are seen only through the shipments and trips they appear on, at those ports.
 */
export const cargoAccessRules: AccessRules = {
  Shipment: atItsPort satisfies EntityRule<Shipment>,
  Trip: atItsPort satisfies EntityRule<Trip>,
  Inspection: {
    ...atItsPort,
    readScopes: (inspection) => inspectionScopesOf(inspection.kind),
  } satisfies EntityRule<Inspection>,
  ShipmentHold: {
    ...atItsPort,
    readScopes: (hold) => holdScopesOf(hold.kind),
  } satisfies EntityRule<ShipmentHold>,
  Declaration: {
    // A declaration lives at its shipment's port, and only while the caller may see the shipment.
    locate: async (declaration, { loaders }) => {
      const shipment = await loaders.shipmentByControlNumber.load(declaration.shipmentControlNumber);
      return shipment ? placeOfTrade(shipment) : undefined;
    },
  } satisfies EntityRule<Declaration, CargoContext>,
  // CBP targeting output: looked up by id, it lives at its shipment's port, as a declaration does;
  // its type's risk:read then decides (no partner arrangement grants it).
  RiskAssessment: {
    locate: async (assessment, { loaders }) => {
      const shipment = await loaders.shipmentByControlNumber.load(assessment.shipmentControlNumber);
      return shipment ? placeOfTrade(shipment) : undefined;
    },
  } satisfies EntityRule<RiskAssessment, CargoContext>,
  TradeParty: {},
  // Other subgraphs' entities this one adds fields to; those fields cut their own rows.
  PortOfEntry: { place: (port: { code: string }) => [port.code] },
  Program: PLACED_EVERYWHERE,
  Agency: PLACED_EVERYWHERE,
  Traveller: PLACED_EVERYWHERE,
  // Agreements' requests, with the port agreements says they live at (@requires): the subject
  // cargo adds is read only where the caller's enforcement scope holds there.
  AssistanceRequest: { place: (request: { portCode: string }) => [request.portCode] },
};

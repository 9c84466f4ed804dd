import { buildFederatedSchema } from "@frontera/federation";
import { type GraphQLSchema } from "graphql";
import { AgencyInspectionsResolver } from "./agency/agency.resolver";
import { AssistanceRequest } from "./assistance-request/assistance-request.stub";
import { AssistanceSubjectResolver } from "./assistance-request/assistance-subject.resolver";
import { DeclarationMutationResolver } from "./declaration/declaration-mutation.resolver";
import { DeclarationResolver, resolveDeclarationReference } from "./declaration/declaration.resolver";
import { GoodsItemResolver } from "./goods-item/goods-item.resolver";
import { HoldMutationResolver } from "./hold/hold-mutation.resolver";
import { HoldEventResolver, HoldResolver, resolveHoldReference } from "./hold/hold.resolver";
import { InspectionEventResolver } from "./inspection/inspection-event.resolver";
import { InspectionMutationResolver } from "./inspection/inspection-mutation.resolver";
import { InspectionResolver, resolveInspectionReference } from "./inspection/inspection.resolver";
import { PedimentoResolver, ShipmentPedimentoResolver } from "./pedimento/pedimento.resolver";
import { PortOfEntryTrafficResolver } from "./port-of-entry/port-of-entry.resolver";
import { ProgramShipmentsResolver } from "./program/program.resolver";
import { cargoNodeTypes, cargoReferencedNodeTypes } from "./node/node-types";
import { resolveRiskAssessmentReference } from "./risk/risk-assessment.reference";
import { RiskAssessmentResolver } from "./risk/risk.resolver";
import { resolveShipmentReference } from "./shipment/shipment.reference";
import { ShipmentResolver } from "./shipment/shipment.resolver";
import {
  TradeCertificationResolver,
  TradePartyResolver,
  resolveTradePartyReference,
} from "./trade-party/trade-party.resolver";
import { TravellerTripsResolver } from "./traveller/traveller.resolver";
import { Traveller } from "./traveller/traveller.stub";
import { resolveTripReference } from "./trip/trip.reference";
import { TripMutationResolver } from "./trip/trip-mutation.resolver";
import { TripResolver } from "./trip/trip.resolver";

export function buildCargoSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ShipmentResolver,
        ShipmentPedimentoResolver,
        PedimentoResolver,
        TripResolver,
        GoodsItemResolver,
        TradePartyResolver,
        TradeCertificationResolver,
        DeclarationResolver,
        InspectionResolver,
        InspectionEventResolver,
        PortOfEntryTrafficResolver,
        ProgramShipmentsResolver,
        TravellerTripsResolver,
        AgencyInspectionsResolver,
        TripMutationResolver,
        InspectionMutationResolver,
        DeclarationMutationResolver,
        HoldResolver,
        HoldEventResolver,
        HoldMutationResolver,
        RiskAssessmentResolver,
        AssistanceSubjectResolver,
      ],
      // Travellers' people and agreements' requests: no field here returns one, the gateway only
      // comes to add their trips, or the record a request is about.
      orphanedTypes: [Traveller, AssistanceRequest],
    },
    {
      Shipment: resolveShipmentReference,
      Trip: resolveTripReference,
      TradeParty: resolveTradePartyReference,
      Declaration: resolveDeclarationReference,
      Inspection: resolveInspectionReference,
      RiskAssessment: resolveRiskAssessmentReference,
      ShipmentHold: resolveHoldReference,
    },
    { nodeTypes: cargoNodeTypes, referencedNodeTypes: cargoReferencedNodeTypes },
  );
}

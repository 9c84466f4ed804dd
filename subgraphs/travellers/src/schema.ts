import { buildFederatedSchema } from "@frontera/federation";
import { type GraphQLSchema } from "graphql";
import { PortOfEntryCrossingsResolver, TripCrossingResolver } from "./crossing/contributed.resolver";
import { CrossingMutationResolver } from "./crossing/crossing-mutation.resolver";
import { CrossingResolver, resolveCrossingReference } from "./crossing/crossing.resolver";
import { TripCrossingEventResolver } from "./crossing/trip-crossing-event.resolver";
import { resolveTravelDocumentReference } from "./document/travel-document.reference";
import { TravelDocumentResolver } from "./document/travel-document.resolver";
import { resolveMembershipReference } from "./membership/membership.reference";
import { MembershipResolver } from "./membership/membership.resolver";
import { travellersNodeTypes, travellersReferencedNodeTypes } from "./node/node-types";
import { TravellerMutationResolver } from "./traveller/traveller-mutation.resolver";
import { resolveTravellerReference } from "./traveller/traveller.reference";
import { TravellerResolver } from "./traveller/traveller.resolver";
import { Shipment } from "./shipment/shipment.stub";
import { ShipmentDriverResolver, TripDriverResolver } from "./trip/driver.resolver";

export function buildTravellersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        TravellerResolver,
        TravellerMutationResolver,
        MembershipResolver,
        TravelDocumentResolver,
        CrossingResolver,
        CrossingMutationResolver,
        TripCrossingEventResolver,
        PortOfEntryCrossingsResolver,
        TripCrossingResolver,
        TripDriverResolver,
        ShipmentDriverResolver,
      ],
      // Cargo's shipments: no field here returns one, the gateway only comes to add their driver.
      orphanedTypes: [Shipment],
    },
    {
      Traveller: resolveTravellerReference,
      Crossing: resolveCrossingReference,
      TravelDocument: resolveTravelDocumentReference,
      TrustedTravellerMembership: resolveMembershipReference,
    },
    { nodeTypes: travellersNodeTypes, referencedNodeTypes: travellersReferencedNodeTypes },
  );
}

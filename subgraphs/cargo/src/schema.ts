import { buildFederatedSchema } from "@frontera/federation";
import { type GraphQLSchema } from "graphql";
import { resolveShipmentReference } from "./shipment/shipment.reference";
import { ShipmentResolver } from "./shipment/shipment.resolver";
import { resolveTripReference } from "./trip/trip.reference";
import { TripResolver } from "./trip/trip.resolver";

export function buildCargoSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [ShipmentResolver, TripResolver] },
    { Shipment: resolveShipmentReference, Trip: resolveTripReference },
  );
}

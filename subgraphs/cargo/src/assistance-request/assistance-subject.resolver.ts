import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { Shipment } from "../shipment/shipment.entity";
import { TradeParty } from "../trade-party/trade-party.entity";
import { Trip } from "../trip/trip.entity";
import { AssistanceRequest } from "./assistance-request.stub";

// Shipments and trips are cut by the caller's manifest ports in their loaders; a trade party has no
// port of its own and lives, reached here, at the request's port (its fields need
// cargo:commercial:read there).
@Resolver(() => AssistanceRequest)
export class AssistanceSubjectResolver {
  @Directive('@requires(fields: "portCode subjectShipment")')
  @FieldResolver(() => Shipment, {
    nullable: true,
    description:
      "The shipment asked about, as the caller may read it at its port; null when the subject is another kind.",
  })
  shipment(@Root() request: AssistanceRequest, @Ctx() { loaders }: CargoContext): Promise<Shipment | null> | null {
    return request.subjectShipment ? loaders.shipmentByControlNumber.load(request.subjectShipment) : null;
  }

  @Directive('@requires(fields: "portCode subjectTrip")')
  @FieldResolver(() => Trip, {
    nullable: true,
    description: "The trip asked about, as the caller may read it at its port; null when the subject is another kind.",
  })
  trip(@Root() request: AssistanceRequest, @Ctx() { loaders }: CargoContext): Promise<Trip | null> | null {
    return request.subjectTrip ? loaders.tripByNumber.load(request.subjectTrip) : null;
  }

  @Directive('@requires(fields: "portCode subjectTradeParty")')
  @FieldResolver(() => TradeParty, {
    nullable: true,
    description:
      "The trade party asked about, seen at the request's port (it has none of its own); null when the subject is another kind.",
  })
  tradeParty(@Root() request: AssistanceRequest, @Ctx() { loaders }: CargoContext): Promise<TradeParty | null> | null {
    return request.subjectTradeParty ? loaders.tradePartyById.load(request.subjectTradeParty) : null;
  }
}

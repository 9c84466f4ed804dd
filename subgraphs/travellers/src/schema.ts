import { buildFederatedSchema } from "@frontera/federation";
import { type GraphQLSchema } from "graphql";
import { MembershipResolver } from "./membership/membership.resolver";
import { resolveTravellerReference } from "./traveller/traveller.reference";
import { TravellerResolver } from "./traveller/traveller.resolver";

export function buildTravellersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [TravellerResolver, MembershipResolver] },
    { Traveller: resolveTravellerReference },
  );
}

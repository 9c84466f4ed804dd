import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { agreementsNodeHost } from "../node/node-types";

// Cargo's records a request may be about, named by global id (`nodeKey`, a key cargo resolves):
// agreements only points at them; the gateway fetches them from cargo, whose access rules decide.
function cargoSubjectStub(typeName: "Trip" | "TradeParty") {
  @Directive('@key(fields: "nodeKey", resolvable: false)')
  @Directive(scopeDirective(...agreementsNodeHost.foreignTypes[typeName]!.scopes))
  @ObjectType(typeName)
  class Stub {
    @Field(() => ID, { description: "The global id again, as the key the gateway joins on." })
    @Directive("@inaccessible")
    @Directive(scopeDirective())
    nodeKey: string;
  }
  return Stub;
}

export const TripStub = cargoSubjectStub("Trip");
export const TradePartyStub = cargoSubjectStub("TradeParty");

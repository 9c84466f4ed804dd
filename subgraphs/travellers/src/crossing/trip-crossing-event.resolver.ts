import { scopeDirective } from "@frontera/auth";
import { InputProblems } from "@frontera/federation";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { type TravellersContext } from "../context";
import { recordTripCrossingEvent } from "./trip-crossing-event.commands";
import { TripCrossingEventInput } from "./trip-crossing-event.inputs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@Resolver()
export class TripCrossingEventResolver {
  // Called by cargo's crossing relay alone, straight at this subgraph, with a cargo service token
  // holding `crossings:record` — a scope outside the vocabulary that the token command never
  // issues and no arrangement grants. @inaccessible keeps it out of the gateway's API, as
  // agreements' recordDisclosures: no client of the gateway can call it.
  @Directive("@inaccessible")
  @Directive(scopeDirective("crossings:record"))
  @Mutation(() => ID, {
    nullable: true,
    description: "Writes the driver's crossing of a trip that cargo recorded (cargo's relay only); its crossingId.",
  })
  async recordTripCrossingEvent(
    @Arg("event", () => TripCrossingEventInput) event: TripCrossingEventInput,
    @Ctx() { dataSource }: TravellersContext,
  ): Promise<string> {
    const problems = new InputProblems();
    problems.check(UUID.test(event.eventId), "event.eventId", "a UUID in lower case");
    problems.check(UUID.test(event.driverId), "event.driverId", "a traveller id");
    problems.check(/^[A-Z]{2,4}[A-Z0-9]{4,21}$/.test(event.tripNumber), "event.tripNumber", "not a trip number");
    problems.check(/^\d{4}$/.test(event.portCode), "event.portCode", "a CBP Schedule D code");
    problems.throwIfAny();
    return recordTripCrossingEvent(dataSource, event);
  }
}

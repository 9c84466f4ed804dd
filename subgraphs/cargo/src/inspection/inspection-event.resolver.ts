import { FieldResolver, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.stub";
import { InspectionEvent } from "./inspection-event.entity";

@Resolver(() => InspectionEvent)
export class InspectionEventResolver {
  @FieldResolver(() => Agency, { description: "The agency of the token that made the change." })
  agency(@Root() event: InspectionEvent): Agency {
    return { code: event.agencyCode };
  }
}

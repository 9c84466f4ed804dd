import { FieldResolver, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.stub";
import { InspectionEvent } from "./inspection-event.entity";

@Resolver(() => InspectionEvent)
export class InspectionEventResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The agency of the token that made the change." })
  agency(@Root() event: InspectionEvent): Agency | null {
    return { code: event.agencyCode };
  }
}

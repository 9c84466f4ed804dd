import { FieldResolver, Resolver, Root } from "type-graphql";
import { Program } from "../program/program.stub";
import { TrustedTravellerMembership } from "./membership.entity";

@Resolver(() => TrustedTravellerMembership)
export class MembershipResolver {
  @FieldResolver(() => Program, { nullable: true })
  program(@Root() membership: TrustedTravellerMembership): Program {
    return { code: membership.programCode };
  }
}

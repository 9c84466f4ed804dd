import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type AgreementsContext } from "../context";
import { Agency } from "./agency.entity";

@Resolver(() => Agency)
export class AgencyResolver {
  @Directive(scopeDirective("reference:read"))
  @Query(() => [Agency], { nullable: true, description: "Every agency, by code." })
  agencies(@Ctx() { dataSource }: AgreementsContext): Promise<Agency[]> {
    return dataSource.getRepository(Agency).find({ order: { code: "ASC" } });
  }

  @Directive(scopeDirective("reference:read"))
  @Query(() => Agency, { nullable: true })
  agency(
    @Arg("code", () => ID, { description: "The agency code, e.g. CBP or SENASICA." }) code: string,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<Agency | null> {
    return loaders.agencyByCode.load(code);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The agency whose functions this one took over; its agreements bind this one.",
  })
  predecessor(@Root() agency: Agency, @Ctx() { loaders }: AgreementsContext): Promise<Agency | null> | null {
    return agency.predecessorCode ? loaders.agencyByCode.load(agency.predecessorCode) : null;
  }
}

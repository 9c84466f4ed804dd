import { scopeDirective } from "@frontera/auth";
import { PageArgs } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { InspectionConnection, InspectionFilter, InspectionOrder } from "../inspection/inspection.connection";
import { findInspectionPage } from "../inspection/inspection.query";
import { Agency } from "./agency.stub";

@Resolver(() => Agency)
export class AgencyInspectionsResolver {
  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => InspectionConnection, {
    nullable: true,
    description: "Inspections the agency took part in, latest first unless ordered otherwise.",
  })
  inspections(
    @Root() agency: Agency,
    @Arg("filter", () => InspectionFilter, {
      nullable: true,
      description: "Conditions every returned inspection meets (this agency took part); omit for all.",
    })
    filter: InspectionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => InspectionOrder, {
      nullable: true,
      description: "The order of the rows; omit for the default.",
    })
    orderBy: InspectionOrder | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, { ...filter, agencyCode: agency.code }, page, orderBy);
  }
}

import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs } from "@frontera/federation";
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { InspectionConnection, InspectionFilter, InspectionOrder } from "../inspection/inspection.connection";
import { findInspectionPage } from "../inspection/inspection.query";
import { Agency } from "./agency.stub";

const AgencyInspectionsArgs = listArgs({
  filter: InspectionFilter,
  orderBy: InspectionOrder,
  filterDescription: "Conditions every returned inspection meets (this agency took part); omit for all.",
});

@Resolver(() => Agency)
export class AgencyInspectionsResolver {
  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => InspectionConnection, {
    nullable: true,
    description: "Inspections the agency took part in, latest first unless ordered otherwise.",
  })
  inspections(
    @Root() agency: Agency,
    @Args(() => AgencyInspectionsArgs) { filter, orderBy, ...page }: ListArguments<InspectionFilter, InspectionOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, { ...filter, agencyCode: agency.code }, page, orderBy);
  }
}

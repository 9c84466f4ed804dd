import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { InspectionConnection } from "../inspection/inspection.connection";
import { findInspectionPage } from "../inspection/inspection.query";
import { Agency } from "./agency.stub";

@Resolver(() => Agency)
export class AgencyInspectionsResolver {
  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => InspectionConnection, {
    nullable: true,
    description: "Inspections the agency took part in, latest first.",
  })
  inspections(
    @Root() agency: Agency,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, { agencyCode: agency.code }, { first, after });
  }
}

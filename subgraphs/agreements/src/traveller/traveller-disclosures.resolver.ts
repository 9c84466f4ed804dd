import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type AgreementsContext } from "../context";
import { RecordDisclosureConnection, findRecordDisclosures } from "../disclosure/record-disclosure.resolver";
import { Traveller } from "./traveller.stub";

@Resolver(() => Traveller)
export class TravellerDisclosuresResolver {
  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => RecordDisclosureConnection, {
    nullable: true,
    description: "Who has received this person's record, when, and on what legal basis; latest first.",
  })
  disclosures(
    @Root() traveller: Traveller,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource }: AgreementsContext,
  ) {
    return findRecordDisclosures(dataSource, "Traveller", traveller.id, first, after);
  }
}

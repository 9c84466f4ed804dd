import { scopeDirective } from "@frontera/auth";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { Scope } from "../access/scope.enum";
import { Agency } from "../agency/agency.entity";
import { DataSharingArrangement } from "../arrangement/arrangement.entity";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { arrangementsOfRecord } from "./disclosure-records";
import { RecordDisclosure } from "./record-disclosure";

@Resolver(() => RecordDisclosure)
export class RecordDisclosureResolver {
  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => Agency, { nullable: true, description: "The agency that received the record." })
  agency(@Root() { disclosure }: RecordDisclosure, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agencyByCode.load(disclosure.agencyCode);
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => String, { nullable: true, description: "The name of the operation the agency ran." })
  operationName(@Root() { disclosure }: RecordDisclosure) {
    return disclosure.operationName;
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => [Scope], {
    nullable: true,
    description: "The scopes of the record's own fields the answer carried (what of it was disclosed).",
  })
  scopes(@Root() { disclosure, typeName }: RecordDisclosure) {
    return disclosure.records?.find((records) => records.typeName === typeName)?.scopes ?? disclosure.scopes;
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => DataSharingArrangement, {
    nullable: true,
    description:
      "The arrangement under which the record was disclosed: the one granting the scopes of its fields (the first of `arrangements` when several did).",
  })
  arrangement(@Root() { disclosure, typeName }: RecordDisclosure, @Ctx() { loaders }: AgreementsContext) {
    const [first] = arrangementsOfRecord(disclosure, typeName);
    return first ? loaders.arrangementById.load(first) : null;
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => [DataSharingArrangement], {
    nullable: "itemsAndList",
    description: "Every arrangement of the recipient that granted the scopes of the record's fields: the legal basis.",
  })
  arrangements(@Root() { disclosure, typeName }: RecordDisclosure, @Ctx() { loaders }: AgreementsContext) {
    return loadAll(loaders.arrangementById, arrangementsOfRecord(disclosure, typeName));
  }
}

import { scopeDirective } from "@frontera/auth";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import { DataSharingArrangement } from "../arrangement/arrangement.entity";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { type DisclosedRecord } from "./disclosed-record.entity";
import { Disclosure } from "./disclosure.entity";
import { arrangementsOfRecord } from "./disclosure-records";
import { RecordDisclosure } from "./record-disclosure";

@Resolver(() => RecordDisclosure)
export class RecordDisclosureResolver {
  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => Disclosure, { nullable: true, description: "The whole disclosure this record was part of." })
  disclosure(@Root() record: DisclosedRecord, @Ctx() { loaders }: AgreementsContext) {
    return loaders.disclosureById.load(record.disclosureId);
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => Agency, { nullable: true, description: "The agency that received the record." })
  async agency(@Root() record: DisclosedRecord, @Ctx() { loaders }: AgreementsContext) {
    const disclosure = await loaders.disclosureById.load(record.disclosureId);
    return disclosure ? loaders.agencyByCode.load(disclosure.agency) : null;
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => String, { nullable: true, description: "The name of the operation the agency ran." })
  async operationName(@Root() record: DisclosedRecord, @Ctx() { loaders }: AgreementsContext) {
    return (await loaders.disclosureById.load(record.disclosureId))?.operationName ?? null;
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => [String], {
    nullable: true,
    description: "The scopes of the record's own fields the answer carried (what of it was disclosed).",
  })
  async scopes(@Root() record: DisclosedRecord, @Ctx() { loaders }: AgreementsContext) {
    const disclosure = await loaders.disclosureById.load(record.disclosureId);
    if (!disclosure) return null;
    return disclosure.records?.find((records) => records.typeName === record.typeName)?.scopes ?? disclosure.scopes;
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => DataSharingArrangement, {
    nullable: true,
    description:
      "The arrangement under which the record was disclosed: the one granting the scopes of its fields (the first of `arrangements` when several did).",
  })
  async arrangement(@Root() record: DisclosedRecord, @Ctx() { loaders }: AgreementsContext) {
    const disclosure = await loaders.disclosureById.load(record.disclosureId);
    const [first] = disclosure ? arrangementsOfRecord(disclosure, record.typeName) : [];
    return first ? loaders.arrangementById.load(first) : null;
  }

  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => [DataSharingArrangement], {
    nullable: true,
    description: "Every arrangement of the recipient that granted the scopes of the record's fields: the legal basis.",
  })
  async arrangements(@Root() record: DisclosedRecord, @Ctx() { loaders }: AgreementsContext) {
    const disclosure = await loaders.disclosureById.load(record.disclosureId);
    return disclosure ? loadAll(loaders.arrangementById, arrangementsOfRecord(disclosure, record.typeName)) : null;
  }
}

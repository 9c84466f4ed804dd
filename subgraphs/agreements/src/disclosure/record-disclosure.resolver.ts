import { type Connection, type KeysetColumn, keysetPage } from "@frontera/database";
import { type DataSource } from "typeorm";
import { Ctx, Field, FieldResolver, Int, ObjectType, Directive, Resolver, Root } from "type-graphql";
import { scopeDirective } from "@frontera/auth";
import { Agency } from "../agency/agency.entity";
import { DataSharingArrangement } from "../arrangement/arrangement.entity";
import { PageInfo } from "../connection/page-info";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { Disclosure, DisclosureGrant } from "./disclosure.entity";
import { DisclosureRecord } from "./disclosure-record.entity";

@Directive(scopeDirective("audit:read"))
@ObjectType()
class RecordDisclosureEdge {
  @Field()
  cursor: string;

  @Field(() => DisclosureRecord)
  node: DisclosureRecord;
}

@Directive(scopeDirective("audit:read"))
@ObjectType({ description: "The disclosures of one record, latest first." })
export class RecordDisclosureConnection implements Connection<DisclosureRecord> {
  @Field(() => Int)
  totalCount: Promise<number>;

  @Field(() => [RecordDisclosureEdge])
  edges: Promise<RecordDisclosureEdge[]>;

  @Field(() => PageInfo)
  pageInfo: Promise<PageInfo>;
}

const ORDER: Array<KeysetColumn<DisclosureRecord>> = [
  { column: "record.at", type: "time", direction: "DESC", of: (row) => row.at },
  { column: "record.id", type: "text", direction: "DESC", of: (row) => row.id },
];

/** One record's disclosures, latest first: served by the (typeName, recordKey, at, id) index. */
export function findRecordDisclosures(
  dataSource: DataSource,
  typeName: string,
  key: string,
  first: number,
  after: string | null,
): Promise<Connection<DisclosureRecord>> {
  const query = dataSource
    .getRepository(DisclosureRecord)
    .createQueryBuilder("record")
    .where("record.typeName = :typeName AND record.recordKey = :key", { typeName, key });
  return keysetPage(query, ORDER, { first, after });
}

@Resolver(() => DisclosureRecord)
export class RecordDisclosureResolver {
  @FieldResolver(() => Disclosure, { description: "The whole disclosure this record was part of." })
  disclosure(@Root() record: DisclosureRecord, @Ctx() { loaders }: AgreementsContext) {
    return loaders.disclosureById.load(record.disclosureId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The receiving agency." })
  async agency(@Root() record: DisclosureRecord, @Ctx() { loaders }: AgreementsContext) {
    const disclosure = await loaders.disclosureById.load(record.disclosureId);
    return disclosure ? loaders.agencyByCode.load(disclosure.agency) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async operationName(@Root() record: DisclosureRecord, @Ctx() { loaders }: AgreementsContext) {
    return (await loaders.disclosureById.load(record.disclosureId))?.operationName ?? null;
  }

  @FieldResolver(() => DataSharingArrangement, {
    nullable: true,
    description: "The arrangement that granted this record's scopes; the first of `arrangements` when several did.",
  })
  async arrangement(@Root() record: DisclosureRecord, @Ctx() { loaders }: AgreementsContext) {
    return record.arrangementIds.length ? loaders.arrangementById.load(record.arrangementIds[0]) : null;
  }

  @FieldResolver(() => [DataSharingArrangement], {
    nullable: "items",
    description: "Every arrangement of the recipient that granted this record's scopes: the legal basis.",
  })
  arrangements(@Root() record: DisclosureRecord, @Ctx() { loaders }: AgreementsContext) {
    return loadAll(loaders.arrangementById, record.arrangementIds);
  }
}

@Resolver(() => Disclosure)
export class DisclosureGrantsResolver {
  @FieldResolver(() => [DisclosureGrant], { description: "Per disclosed scope, the arrangements that granted it." })
  grants(@Root() disclosure: Disclosure): DisclosureGrant[] {
    return disclosure.grants ?? [];
  }

  @FieldResolver(() => [DataSharingArrangement], {
    nullable: "items",
    description: "Every arrangement of `grants`, once.",
  })
  arrangements(@Root() disclosure: Disclosure, @Ctx() { loaders }: AgreementsContext) {
    return loadAll(loaders.arrangementById, disclosure.arrangementIds ?? []);
  }
}

import { scopeDirective } from "@frontera/auth";
import {
  type Connection,
  type KeysetColumn,
  keysetPage,
  type InputProblems,
  type PageArguments,
  connectionType,
  decodeGlobalId,
  timeThenKey,
} from "@frontera/federation";
import { type DataSource, type SelectQueryBuilder } from "typeorm";
import { Directive, Field, ObjectType } from "type-graphql";
import { Disclosure } from "./disclosure.entity";
import { RecordSetMember } from "./record-set.entity";
import { recordSetsHolding } from "./record-sets";

/** One record, by its type and natural key. */
export interface RecordRef {
  typeName: string;
  key: string;
}
import { RECORD_TYPES } from "./disclosure-records";

/** One disclosure of one record: the disclosure, seen from the record of this type. */
@Directive(scopeDirective("audit:read"))
@ObjectType("RecordDisclosure", {
  description:
    "One disclosure of one record: when, to which agency, under which arrangement (and through it which agreement: the legal basis), which scopes of the record.",
})
export class RecordDisclosure {
  /** The record's type: its scopes and legal basis are those of its own fields. */
  typeName: string;

  @Field(() => Disclosure, { description: "The whole disclosure this record was part of." })
  disclosure: Disclosure;

  @Field({ description: "When the answer carrying the record was recorded, just before it was sent." })
  at: Date;
}

export const RecordDisclosureConnection = connectionType(
  "RecordDisclosure",
  RecordDisclosure,
  "The disclosures of one record, latest first.",
  ["audit:read"],
);

const ORDER: Array<KeysetColumn<Disclosure>> = timeThenKey<Disclosure>("disclosure", "at", "id");

// Each set is read as a branch of the page, in order from the index (recordSetId, at, id): up
// to this many sets, a page reads at most a page per set. A record in more sets is read as one
// IN list, sorted: what that costs follows how often the record was disclosed.
const MAX_SET_BRANCHES = 24;

/**
 * One record's disclosures, latest first: those naming a set that holds the record (the sets are
 * one range of the members' primary key), each set's newest first from the index on
 * (recordSetId, at, id). The cost follows how often the record was disclosed, never the size of
 * the log.
 */
export async function recordDisclosures(
  dataSource: DataSource,
  typeName: string,
  key: string,
  page: PageArguments,
): Promise<Connection<RecordDisclosure>> {
  const sets = await recordSetsHolding(dataSource, typeName, key);
  const query = dataSource.getRepository(Disclosure).createQueryBuilder("disclosure");
  if (sets.length === 0) query.where("1 = 0");
  else query.where("disclosure.recordSetId IN (:...sets)", { sets });
  const branches =
    sets.length > 1 && sets.length <= MAX_SET_BRANCHES
      ? sets.map((set, i) => ({ where: `disclosure.recordSetId = :set${i}`, parameters: { [`set${i}`]: set } }))
      : [];
  const disclosures = await keysetPage(query, ORDER, page, { branches });
  return {
    ...disclosures,
    edges: disclosures.edges.then((edges) =>
      edges.map(({ cursor, node }) => ({ cursor, node: { typeName, disclosure: node, at: node.at } })),
    ),
  };
}

/** The record a global id names, if it is of a type the log accounts for; a problem otherwise. */
export function recordOfId(problems: InputProblems, id: string, field: string): RecordRef | null {
  const decoded = decodeGlobalId(id);
  const accounted = decoded !== null && (RECORD_TYPES as readonly string[]).includes(decoded.typeName);
  problems.check(accounted, field, `the global id of a ${RECORD_TYPES.join(", ")}`);
  return accounted ? { typeName: decoded.typeName, key: decoded.key } : null;
}

/** Narrows a query on disclosures to those that carried the record (through the sets holding it). */
export function disclosuresOfRecord(query: SelectQueryBuilder<Disclosure>, record: RecordRef): void {
  const sets = query
    .subQuery()
    .select("member.recordSetId")
    .from(RecordSetMember, "member")
    .where("member.typeName = :recordType AND member.recordKey = :recordKey")
    .getQuery();
  query.andWhere(`disclosure.recordSetId IN ${sets}`, { recordType: record.typeName, recordKey: record.key });
}

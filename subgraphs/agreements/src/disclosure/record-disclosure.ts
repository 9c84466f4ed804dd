import { scopeDirective } from "@frontera/auth";
import {
  type InputProblems,
  type PageArguments,
  connectionType,
  decodeGlobalId,
  type Connection,
  type KeysetColumn,
  keysetPage,
} from "@frontera/federation";
import { type DataSource, type SelectQueryBuilder } from "typeorm";
import { Directive, Field, ObjectType } from "type-graphql";
import { DisclosedRecord } from "./disclosed-record.entity";
import { Disclosure } from "./disclosure.entity";

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

const ORDER: Array<KeysetColumn<Disclosure>> = [
  { column: "disclosure.at", type: "time", direction: "DESC", of: (row) => row.at },
  { column: "disclosure.id", type: "text", direction: "DESC", of: (row) => row.id },
];

/**
 * One record's disclosures, latest first: the record's range of the lookup table's primary key
 * (typeName, recordKey, at, …), each joined to its disclosure by primary key. The cost follows
 * how often the record was disclosed, never the size of the log.
 */
export async function recordDisclosures(
  dataSource: DataSource,
  typeName: string,
  key: string,
  page: PageArguments,
): Promise<Connection<RecordDisclosure>> {
  const query = dataSource
    .getRepository(Disclosure)
    .createQueryBuilder("disclosure")
    .innerJoin(
      DisclosedRecord,
      "record",
      "record.disclosureId = disclosure.id AND record.typeName = :typeName AND record.recordKey = :key",
      { typeName, key },
    );
  const disclosures = await keysetPage(query, ORDER, page);
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

/** Narrows a query on disclosures to those that carried the record (through its lookup rows). */
export function disclosuresOfRecord(query: SelectQueryBuilder<Disclosure>, record: RecordRef): void {
  const carried = query
    .subQuery()
    .select("record.disclosureId")
    .from(DisclosedRecord, "record")
    .where("record.typeName = :recordType AND record.recordKey = :recordKey")
    .getQuery();
  query.andWhere(`disclosure.id IN ${carried}`, { recordType: record.typeName, recordKey: record.key });
}

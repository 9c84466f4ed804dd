import { createHash } from "node:crypto";
import { type Statement } from "@frontera/database";
import { type DataSource, type EntityManager } from "typeorm";
import { type Disclosure, type RecordsOfType } from "./disclosure.entity";
import { DisclosureRecordSet, RecordSetMember, type SetRecords } from "./record-set.entity";

// Rows per INSERT: 3 parameters each stays far below MySQL's 65,535 placeholders.
const MEMBERS_PER_INSERT = 2_000;

/**
 * The name of the set of records a disclosure carried: SHA-256 (hex) of its (type, key) pairs,
 * sorted, so the same records name the same set whatever order they came in. Scopes are not
 * part of it: they stay on the disclosure, which is what an auditor reads for each record.
 * Null when the disclosure carried no record (or was recorded before records were kept).
 */
export function recordSetIdOf(records: RecordsOfType[] | null | undefined): string | null {
  const types = new Map<string, string[]>();
  for (const { typeName, keys } of records ?? []) {
    if (keys.length > 0) types.set(typeName, [...(types.get(typeName) ?? []), ...keys]);
  }
  if (types.size === 0) return null;
  // The sorted pairs are the keys sorted within each type, the types in order: a type's name and
  // its separator sort before any longer name they begin. Written without a string per pair,
  // unless a name holds the separator itself (no record type does).
  const names = [...types.keys()].sort();
  if (names.some((name) => name.includes("\u0000"))) return hashOfSortedPairs(names, types);
  const text = names
    .map((name) => {
      const prefix = `${name}\u0000`;
      return prefix + types.get(name)!.sort().join(`\n${prefix}`);
    })
    .join("\n");
  return createHash("sha256").update(text).digest("hex");
}

function hashOfSortedPairs(names: string[], types: Map<string, string[]>): string {
  const pairs = names.flatMap((name) => types.get(name)!.map((key) => `${name}\u0000${key}`));
  return createHash("sha256").update(pairs.sort().join("\n")).digest("hex");
}

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

const isSqlite = (dataSource: DataSource) => dataSource.options.type === "better-sqlite3";

/** The sets some disclosures name, each with the latest day one of them names it and its records. */
export interface RecordSetUse {
  /** Sorted, so concurrent appends lock the same rows in the same order. */
  ids: string[];
  uses: Map<string, { day: string; records: SetRecords[] }>;
}

export function recordSetUse(disclosures: Disclosure[]): RecordSetUse {
  const uses = new Map<string, { day: string; records: SetRecords[] }>();
  for (const disclosure of disclosures) {
    if (!disclosure.recordSetId) continue;
    const day = utcDay(disclosure.at);
    const seen = uses.get(disclosure.recordSetId);
    if (!seen || seen.day < day) {
      const records = (disclosure.records ?? []).map(({ typeName, keys }) => ({ typeName, keys }));
      uses.set(disclosure.recordSetId, { day, records });
    }
  }
  return { ids: [...uses.keys()].sort(), uses };
}

/** Reads which of the sets are stored, and the day each was last named (null: no set to read). */
export function storedSetsStatement(dataSource: DataSource, use: RecordSetUse): Statement | null {
  if (use.ids.length === 0) return null;
  const escape = (name: string) => dataSource.driver.escape(name);
  return {
    sql: `SELECT ${escape("id")}, ${escape("lastUsedOn")} FROM ${escape(dataSource.getMetadata(DisclosureRecordSet).tableName)}
     WHERE ${escape("id")} IN (${use.ids.map(() => "?").join(", ")})`,
    values: use.ids,
  };
}

/**
 * What storing the sets takes, given what `storedSetsStatement` read: nothing for a set already
 * named today; for a new set, or the first use of a day, its row (moving `lastUsedOn`) and,
 * idempotently, its members. Writing the set's row is what orders this against retention
 * removing the set (record-set.entity.ts): once this commits, the set and every member are there
 * for as long as a disclosure names it.
 */
export function storeSetsStatements(dataSource: DataSource, use: RecordSetUse, storedRows: unknown): Statement[] {
  const usedOn = new Map(
    (storedRows as Array<{ id: string; lastUsedOn: string | Date }>).map((row) => [
      row.id,
      typeof row.lastUsedOn === "string" ? row.lastUsedOn.slice(0, 10) : utcDay(row.lastUsedOn),
    ]),
  );
  const toWrite = use.ids.filter((id) => {
    const used = usedOn.get(id);
    return used === undefined || used < use.uses.get(id)!.day;
  });
  if (toWrite.length === 0) return [];
  const sqlite = isSqlite(dataSource);
  const escape = (name: string) => dataSource.driver.escape(name);
  const table = (entity: typeof DisclosureRecordSet | typeof RecordSetMember) =>
    escape(dataSource.getMetadata(entity).tableName);
  const statements: Statement[] = [
    {
      sql: `INSERT INTO ${table(DisclosureRecordSet)} (${escape("id")}, ${escape("lastUsedOn")}, ${escape("records")})
     VALUES ${toWrite.map(() => "(?, ?, ?)").join(", ")} ${
       sqlite
         ? `ON CONFLICT (${escape("id")}) DO UPDATE SET ${escape("lastUsedOn")} = max(${escape("lastUsedOn")}, excluded.${escape("lastUsedOn")})`
         : `ON DUPLICATE KEY UPDATE ${escape("lastUsedOn")} = GREATEST(${escape("lastUsedOn")}, VALUES(${escape("lastUsedOn")}))`
     }`,
      values: toWrite.flatMap((id) => [id, use.uses.get(id)!.day, JSON.stringify(use.uses.get(id)!.records)]),
    },
  ];
  const members = toWrite.flatMap((id) =>
    use.uses.get(id)!.records.flatMap((records) => records.keys.map((key) => [records.typeName, key, id])),
  );
  const ignoreDuplicate = sqlite
    ? "ON CONFLICT DO NOTHING"
    : `ON DUPLICATE KEY UPDATE ${escape("recordSetId")} = ${escape("recordSetId")}`;
  for (let start = 0; start < members.length; start += MEMBERS_PER_INSERT) {
    const rows = members.slice(start, start + MEMBERS_PER_INSERT);
    statements.push({
      sql: `INSERT INTO ${table(RecordSetMember)} (${["typeName", "recordKey", "recordSetId"].map(escape).join(", ")})
       VALUES ${rows.map(() => "(?, ?, ?)").join(", ")} ${ignoreDuplicate}`,
      values: rows.flat(),
    });
  }
  return statements;
}

/** Stores the sets the disclosures name, statement by statement, in the caller's transaction. */
export async function storeRecordSets(manager: EntityManager, disclosures: Disclosure[]): Promise<void> {
  const use = recordSetUse(disclosures);
  const read = storedSetsStatement(manager.connection, use);
  if (!read) return;
  const stored: unknown = await manager.query(read.sql, read.values);
  for (const { sql, values } of storeSetsStatements(manager.connection, use, stored)) await manager.query(sql, values);
}

/** The sets that hold a record: where its disclosures are found (record-disclosure.ts). */
export async function recordSetsHolding(dataSource: DataSource, typeName: string, key: string): Promise<string[]> {
  const members = await dataSource
    .getRepository(RecordSetMember)
    .createQueryBuilder("member")
    .select("member.recordSetId", "recordSetId")
    .where("member.typeName = :typeName AND member.recordKey = :key", { typeName, key })
    .getRawMany<{ recordSetId: string }>();
  return members.map((member) => member.recordSetId);
}

import { createHash } from "node:crypto";
import { type DataSource, type EntityManager } from "typeorm";
import { type Disclosure, type RecordsOfType } from "./disclosure.entity";
import { DisclosureRecordSet, RecordSetMember } from "./record-set.entity";

// Rows per INSERT: 3 parameters each stays far below MySQL's 65,535 placeholders.
const MEMBERS_PER_INSERT = 2_000;

/**
 * The name of the set of records a disclosure carried: SHA-256 (hex) of its (type, key) pairs,
 * sorted, so the same records name the same set whatever order they came in. Scopes are not
 * part of it: they stay on the disclosure, which is what an auditor reads for each record.
 * Null when the disclosure carried no record (or was recorded before records were kept).
 */
export function recordSetIdOf(records: RecordsOfType[] | null | undefined): string | null {
  const pairs = (records ?? []).flatMap((of) => of.keys.map((key) => `${of.typeName}\u0000${key}`));
  if (pairs.length === 0) return null;
  return createHash("sha256").update(pairs.sort().join("\n")).digest("hex");
}

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

const isSqlite = (dataSource: DataSource) => dataSource.options.type === "better-sqlite3";

/**
 * Makes sure every set the disclosures name is stored with its members, in the transaction that
 * stores the disclosures: a set already used today costs one shared read and nothing else; a new
 * one, or the first use of a day, writes the set's row and (idempotently) its members. Writing
 * the set's row is what orders this against retention removing the set (record-set.entity.ts):
 * once this commits, the set and every member are there for as long as a disclosure names it.
 */
export async function storeRecordSets(manager: EntityManager, disclosures: Disclosure[]): Promise<void> {
  const lastDay = new Map<string, { day: string; disclosure: Disclosure }>();
  for (const disclosure of disclosures) {
    if (!disclosure.recordSetId) continue;
    const day = utcDay(disclosure.at);
    const seen = lastDay.get(disclosure.recordSetId);
    if (!seen || seen.day < day) lastDay.set(disclosure.recordSetId, { day, disclosure });
  }
  if (lastDay.size === 0) return;
  // Sorted, so concurrent appends lock the same rows in the same order.
  const ids = [...lastDay.keys()].sort();
  const stored = await manager
    .getRepository(DisclosureRecordSet)
    .createQueryBuilder("recordSet")
    .where("recordSet.id IN (:...ids)", { ids })
    .getMany();
  const usedOn = new Map(stored.map((set) => [set.id, set.lastUsedOn]));
  const toWrite = ids.filter((id) => {
    const used = usedOn.get(id);
    return used === undefined || used < lastDay.get(id)!.day;
  });
  if (toWrite.length === 0) return;
  const sqlite = isSqlite(manager.connection);
  const escape = (name: string) => manager.connection.driver.escape(name);
  const table = (entity: typeof DisclosureRecordSet | typeof RecordSetMember) =>
    escape(manager.connection.getMetadata(entity).tableName);
  const recordsOf = (id: string) =>
    (lastDay.get(id)!.disclosure.records ?? []).map(({ typeName, keys }) => ({ typeName, keys }));
  await manager.query(
    `INSERT INTO ${table(DisclosureRecordSet)} (${escape("id")}, ${escape("lastUsedOn")}, ${escape("records")})
     VALUES ${toWrite.map(() => "(?, ?, ?)").join(", ")} ${
       sqlite
         ? `ON CONFLICT (${escape("id")}) DO UPDATE SET ${escape("lastUsedOn")} = max(${escape("lastUsedOn")}, excluded.${escape("lastUsedOn")})`
         : `ON DUPLICATE KEY UPDATE ${escape("lastUsedOn")} = GREATEST(${escape("lastUsedOn")}, VALUES(${escape("lastUsedOn")}))`
     }`,
    toWrite.flatMap((id) => [id, lastDay.get(id)!.day, JSON.stringify(recordsOf(id))]),
  );
  const members = toWrite.flatMap((id) =>
    recordsOf(id).flatMap((records) => records.keys.map((key) => [records.typeName, key, id])),
  );
  const ignoreDuplicate = sqlite
    ? "ON CONFLICT DO NOTHING"
    : `ON DUPLICATE KEY UPDATE ${escape("recordSetId")} = ${escape("recordSetId")}`;
  for (let start = 0; start < members.length; start += MEMBERS_PER_INSERT) {
    const rows = members.slice(start, start + MEMBERS_PER_INSERT);
    await manager.query(
      `INSERT INTO ${table(RecordSetMember)} (${["typeName", "recordKey", "recordSetId"].map(escape).join(", ")})
       VALUES ${rows.map(() => "(?, ?, ?)").join(", ")} ${ignoreDuplicate}`,
      rows.flat(),
    );
  }
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

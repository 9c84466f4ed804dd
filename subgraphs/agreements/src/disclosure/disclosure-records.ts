import { isScope } from "@frontera/auth";
import { type InputProblems } from "@frontera/federation";
import { type Statement } from "@frontera/database";
import { type DataSource, type EntityManager } from "typeorm";
import { DisclosureDayCount } from "./disclosure-day-count.entity";
import { type Disclosure, type RecordsOfType, type ScopeGrant } from "./disclosure.entity";
import { storeRecordSets, utcDay } from "./record-sets";

/** The record types the gateway names by key (its RECORD_KEYS). */
export const RECORD_TYPES = [
  "Traveller",
  "Shipment",
  "Trip",
  "Crossing",
  "Inspection",
  "AssistanceRequest",
  "ShipmentHold",
] as const;

/** The most record keys one call may carry, all its disclosures together. */
export const MAX_RECORD_KEYS = 50_000;

export interface WithRecords {
  scopes: string[];
  grants?: ScopeGrant[] | null;
  records?: RecordsOfType[] | null;
}

/** What the gateway sends about a disclosure's records and legal basis, checked before anything is stored. */
export function checkDisclosureRecords(problems: InputProblems, inputs: WithRecords[], field: string): void {
  const total = inputs.reduce(
    (sum, input) => sum + (input.records ?? []).reduce((keys, records) => keys + records.keys.length, 0),
    0,
  );
  problems.check(total <= MAX_RECORD_KEYS, field, `at most ${MAX_RECORD_KEYS} record keys in one call`);
  inputs.forEach((input, index) => {
    const at = field === "input" ? "input" : `${field}[${index}]`;
    (input.grants ?? []).forEach((grant, g) => {
      problems.check(isScope(grant.scope), `${at}.grants[${g}].scope`, "a scope of the vocabulary");
    });
    const types = new Set<string>();
    (input.records ?? []).forEach((records, r) => {
      const where = `${at}.records[${r}]`;
      problems.check(
        (RECORD_TYPES as readonly string[]).includes(records.typeName),
        `${where}.typeName`,
        `one of ${RECORD_TYPES.join(", ")}`,
      );
      problems.check(!types.has(records.typeName), `${where}.typeName`, "one entry per type");
      types.add(records.typeName);
      problems.check(
        records.keys.every((key) => key.length > 0 && key.length <= 64),
        `${where}.keys`,
        "each 1 to 64 characters",
      );
      problems.check(
        records.scopes.every((scope) => input.scopes.includes(scope)),
        `${where}.scopes`,
        "only scopes the disclosure lists",
      );
    });
  });
}

/**
 * The legal basis of one record of a disclosure: the arrangements that granted the scopes of its
 * own fields (ANAM's drivers: `cbp-anam-ucp` alone, not the customs arrangement behind the trip).
 */
export function arrangementsOfRecord(disclosure: Disclosure, typeName: string): string[] {
  const scopes = disclosure.records?.find((records) => records.typeName === typeName)?.scopes ?? disclosure.scopes;
  const ids = new Set<string>();
  for (const grant of disclosure.grants ?? []) {
    if (scopes.includes(grant.scope)) for (const id of grant.arrangementIds) ids.add(id);
  }
  return [...ids].sort();
}

/**
 * Writes what is derived from newly chained disclosures, in the chaining transaction: the sets of
 * records they carried (record-sets.ts: "who received this record"), and the day counts of each
 * granting arrangement and scope (answers, and records whose own fields carried the scope).
 */
export async function addDerivedRows(manager: EntityManager, chained: Disclosure[]): Promise<void> {
  await storeRecordSets(manager, chained);
  const counts = dayCountsStatement(manager.connection, chained);
  if (counts) await manager.query(counts.sql, counts.values);
}

/** Adds the disclosures to the day counts of each granting arrangement and scope (null: nothing to add). */
export function dayCountsStatement(dataSource: DataSource, chained: Disclosure[]): Statement | null {
  const counts = new Map<
    string,
    { arrangementId: string; day: string; scope: string; answers: number; records: number }
  >();
  for (const disclosure of chained) {
    const day = utcDay(disclosure.at);
    for (const grant of disclosure.grants ?? []) {
      const carried = (disclosure.records ?? [])
        .filter((records) => records.scopes.includes(grant.scope))
        .reduce((sum, records) => sum + records.keys.length, 0);
      for (const arrangementId of grant.arrangementIds) {
        const id = `${arrangementId}\u0000${day}\u0000${grant.scope}`;
        const count = counts.get(id) ?? { arrangementId, day, scope: grant.scope, answers: 0, records: 0 };
        count.answers += 1;
        count.records += carried;
        counts.set(id, count);
      }
    }
  }
  if (counts.size === 0) return null;
  const escape = (name: string) => dataSource.driver.escape(name);
  const upsert =
    dataSource.options.type === "better-sqlite3"
      ? "ON CONFLICT (arrangementId, day, scope) DO UPDATE SET answers = answers + excluded.answers, records = records + excluded.records"
      : "ON DUPLICATE KEY UPDATE answers = answers + VALUES(answers), records = records + VALUES(records)";
  const rows = [...counts.values()];
  return {
    sql: `INSERT INTO ${escape(dataSource.getMetadata(DisclosureDayCount).tableName)}
     (arrangementId, day, scope, answers, records) VALUES ${rows.map(() => "(?, ?, ?, ?, ?)").join(", ")} ${upsert}`,
    values: rows.flatMap((row) => [row.arrangementId, row.day, row.scope, row.answers, row.records]),
  };
}

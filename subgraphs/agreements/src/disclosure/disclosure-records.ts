import { randomUUID } from "node:crypto";
import { isScope } from "@frontera/auth";
import { type InputProblems } from "@frontera/federation";
import { type EntityManager, type SelectQueryBuilder } from "typeorm";
import { type Disclosure } from "./disclosure.entity";
import { DisclosureRecord } from "./disclosure-record.entity";
import { type DisclosureRecordInput, type RecordRef } from "./disclosure-record.inputs";

/** The record types the gateway names by key (its RECORD_KEYS). */
export const RECORD_TYPES = ["Traveller", "Shipment", "Trip", "Crossing", "Inspection"];

/** The most records one call may carry, all disclosures together. */
export const MAX_RECORDS = 20_000;

// Rows per INSERT: 7 parameters each stays far below MySQL's 65,535 placeholders, and a group of
// disclosures costs one statement per this many records, not one per record.
const ROWS_PER_INSERT = 2_000;

interface WithRecords {
  scopes: string[];
  grants: Array<{ scope: string; arrangementIds: string[] }>;
  records: DisclosureRecordInput[];
}

export function checkDisclosureRecords(problems: InputProblems, inputs: WithRecords[], field: string): void {
  const total = inputs.reduce((sum, input) => sum + input.records.length, 0);
  problems.check(total <= MAX_RECORDS, field, `at most ${MAX_RECORDS} records in one call`);
  inputs.forEach((input, index) => {
    const at = field === "input" ? "input" : `inputs[${index}]`;
    input.grants.forEach((grant, g) => {
      problems.check(isScope(grant.scope), `${at}.grants[${g}].scope`, "a scope of the vocabulary");
    });
    const seen = new Set<string>();
    input.records.forEach((record, r) => {
      const where = `${at}.records[${r}]`;
      problems.check(RECORD_TYPES.includes(record.typeName), `${where}.typeName`, `one of ${RECORD_TYPES.join(", ")}`);
      problems.check(record.key.length > 0 && record.key.length <= 64, `${where}.key`, "1 to 64 characters");
      problems.check(
        record.scopes.every((scope) => input.scopes.includes(scope)),
        `${where}.scopes`,
        "only scopes the disclosure lists",
      );
      const id = `${record.typeName}\u0000${record.key}`;
      problems.check(!seen.has(id), where, "the same record twice");
      seen.add(id);
    });
  });
}

/** Appends the records of the disclosures just inserted: a bounded number of INSERTs. */
export async function appendDisclosureRecords(
  manager: EntityManager,
  disclosures: Disclosure[],
  inputs: WithRecords[],
): Promise<void> {
  const rows: DisclosureRecord[] = inputs.flatMap((input, index) => {
    const disclosure = disclosures[index];
    const granting = (scopes: string[]) =>
      [
        ...new Set(
          input.grants.filter((grant) => scopes.includes(grant.scope)).flatMap((grant) => grant.arrangementIds),
        ),
      ].sort();
    return input.records.map((record) => ({
      id: randomUUID(),
      disclosureId: disclosure.id,
      typeName: record.typeName,
      recordKey: record.key,
      at: disclosure.at,
      scopes: [...record.scopes].sort(),
      arrangementIds: granting(record.scopes),
    }));
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await manager.getRepository(DisclosureRecord).insert(rows.slice(start, start + ROWS_PER_INSERT));
  }
}

/** Narrows a query on disclosures to those that carried the record. */
export function disclosuresOfRecord(query: SelectQueryBuilder<Disclosure>, record: RecordRef): void {
  const carried = query
    .subQuery()
    .select("record.disclosureId")
    .from(DisclosureRecord, "record")
    .where("record.typeName = :recordType AND record.recordKey = :recordKey")
    .getQuery();
  query.andWhere(`disclosure.id IN ${carried}`, { recordType: record.typeName, recordKey: record.key });
}

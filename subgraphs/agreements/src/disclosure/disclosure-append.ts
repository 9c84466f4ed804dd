import { isRolledBackConflict, retryTransient } from "@frontera/database";
import { type DataSource } from "typeorm";
import { type AppendPrecondition, appendBatched, insertStatement } from "./disclosure-append-batched";
import { Disclosure } from "./disclosure.entity";
import { linkAfter, lockHead, moveHead, oneWriterAtATime } from "./disclosure-chain";
import { addDerivedRows } from "./disclosure-records";
import { asStoredRow, writtenValue } from "./disclosure-stored-row";
import { recordSetIdOf } from "./record-sets";

export { type AppendPrecondition } from "./disclosure-append-batched";

/**
 * Stores new disclosures already chained, in one transaction: the head locked, each row given its
 * sequence, previousHash and hash (computed over the row as it will be read back), the rows
 * inserted with them, the sets of records they carried stored (record-sets.ts) and their day
 * counts added, the head moved, one commit. A failure leaves nothing (no row, set or count) and
 * throws, so the gateway withholds the answers. Returns the rows as stored.
 *
 * On MySQL the transaction takes one round trip, or two (disclosure-append-batched.ts;
 * docs/performance.md, "Two round trips" and "One round trip"): its COMMIT comes behind a guard
 * that commits only a transaction holding this append's rows after the head it found. Concurrent
 * appends (replicas, or nodes of a Galera cluster) queue on the head's row lock; a Galera
 * certification failure or a deadlock rolls the whole transaction back and it runs again, after
 * the new head. The embedded database takes one writer at a time.
 *
 * Rows still unchained (an older agreements' during a rolling upgrade) are not chained first: the
 * worker's sweep gives them the next places after whatever was appended meanwhile, so an entry
 * may follow a younger one. Nothing needs `at` order: verification walks sequence and previous
 * hash alone, and pruning removes a prefix of the chain only up to its first entry younger than
 * the cut (disclosure-retention.ts), keeping an older straggler's followers a little longer.
 */
export async function appendChainedDisclosures(
  dataSource: DataSource,
  disclosures: Disclosure[],
  precondition?: AppendPrecondition,
): Promise<Disclosure[]> {
  // Answers to one operation often carry the same records: a write names each of its sets once,
  // by the text its rows store them as.
  const recordsColumn = dataSource.getMetadata(Disclosure).findColumnWithPropertyName("records")!;
  const setIds = new Map<unknown, string | null>();
  const rows = disclosures.map((disclosure) => {
    const row = asStoredRow(dataSource, disclosure);
    const records = writtenValue(dataSource, row, recordsColumn);
    let setId = setIds.get(records);
    if (setId === undefined) setIds.set(records, (setId = recordSetIdOf(row.records)));
    row.recordSetId = setId;
    return row;
  });
  const append = dataSource.options.type === "better-sqlite3" ? appendEmbedded : appendBatched;
  await oneWriterAtATime(dataSource, () =>
    retryTransient(
      () => append(dataSource, rows, precondition),
      (error) => isRolledBackConflict(error) || tookSamePlace(error),
    ),
  );
  return rows;
}

/**
 * Another writer took the places this append read as free: on a Galera cluster the head's lock
 * is local to each node, so an append on another node can commit first, and once its rows are
 * applied here this one's INSERT meets their sequence (ER_DUP_ENTRY on the unique `sequence`:
 * no other key of the append can be duplicate, the rest are upserts). Nothing of this append was
 * stored (the statement failed, the transaction is rolled back): it runs again from the new head.
 */
function tookSamePlace(error: unknown): boolean {
  const { errno } = ((error as { driverError?: { errno?: number } }).driverError ?? error ?? {}) as { errno?: number };
  return errno === 1062;
}

/** The embedded database is in the process: statements cost no round trip, TypeORM's transaction will do. */
function appendEmbedded(dataSource: DataSource, rows: Disclosure[], precondition?: AppendPrecondition): Promise<void> {
  return dataSource.transaction(async (manager) => {
    if (precondition)
      precondition.holds(await manager.query(precondition.statement.sql, precondition.statement.values));
    const end = linkAfter(dataSource, await lockHead(manager), rows);
    const insert = insertStatement(dataSource, rows);
    await manager.query(insert.sql, insert.values);
    await addDerivedRows(manager, rows);
    await moveHead(manager, end);
  });
}

import { type Statement, StatementBatch, failUnless, isRolledBackConflict, retryTransient } from "@frontera/database";
import { type DataSource } from "typeorm";
import { DisclosureChainHead } from "./disclosure-chain.entity";
import { Disclosure } from "./disclosure.entity";
import { type ChainPosition, GENESIS_HASH, linkAfter, lockHead, moveHead, oneWriterAtATime } from "./disclosure-chain";
import { addDerivedRows, dayCountsStatement } from "./disclosure-records";
import { asStoredRow } from "./disclosure-stored-row";
import { recordSetIdOf, recordSetUse, storeSetsStatements, storedSetsStatement } from "./record-sets";

/**
 * A check made inside the append's transaction before anything is written: its statement goes in
 * the first round trip, and `holds` throws on its rows when the append must not happen (then
 * nothing is written and the error is the append's). POST /disclosures checks its caller's
 * standing this way, saving a round trip of its own.
 */
export interface AppendPrecondition {
  statement: Statement;
  holds(rows: unknown): void;
}

/**
 * Stores new disclosures already chained, in one transaction: the head locked, each row given its
 * sequence, previousHash and hash (computed over the row as it will be read back), the rows
 * inserted with them, the sets of records they carried stored (record-sets.ts) and their day
 * counts added, the head moved, one commit. A failure leaves nothing (no row, set or count) and
 * throws, so the gateway withholds the answers. Returns the rows as stored.
 *
 * On MySQL the transaction takes two round trips (docs/performance.md, "Two round trips"): one
 * reads the head (locking it) and which sets are stored, the other writes everything and
 * commits, behind a guard that commits only a transaction holding this append's rows. Concurrent appends (replicas, or nodes of a Galera cluster) queue on the head's row
 * lock; a Galera certification failure or a deadlock rolls the whole transaction back and it runs
 * again, after the new head. The embedded database takes one writer at a time.
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
  const rows = disclosures.map((disclosure) => {
    const row = asStoredRow(dataSource, disclosure);
    row.recordSetId = recordSetIdOf(row.records);
    return row;
  });
  const append = dataSource.options.type === "better-sqlite3" ? appendEmbedded : appendInTwoRoundTrips;
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

async function appendInTwoRoundTrips(
  dataSource: DataSource,
  rows: Disclosure[],
  precondition?: AppendPrecondition,
): Promise<void> {
  const escape = (name: string) => dataSource.driver.escape(name);
  const head = escape(dataSource.getMetadata(DisclosureChainHead).tableName);
  const use = recordSetUse(rows);
  const readSets = storedSetsStatement(dataSource, use);
  await StatementBatch.run(dataSource, async (batch) => {
    const lockHeadRow = {
      sql: `SELECT ${escape("sequence")}, ${escape("hash")} FROM ${head} WHERE ${escape("id")} = 1 FOR UPDATE`,
    };
    const first = await batch.send([
      ...(precondition ? [precondition.statement] : []),
      lockHeadRow,
      ...(readSets ? [readSets] : []),
    ]);
    if (precondition) precondition.holds(first.shift());
    const [locked, stored] = first;
    let [position] = locked as ChainPosition[];
    if (!position) {
      // The migration inserts the head; a schema synchronized from the entities (tests) starts
      // without one. Inserted only when missing: on every append it would take a shared lock
      // before the exclusive one, and two appends could deadlock on the upgrade.
      const [, relocked] = await batch.send([
        {
          sql: `INSERT IGNORE INTO ${head} (${escape("id")}, ${escape("sequence")}, ${escape("hash")}) VALUES (1, 0, ?)`,
          values: [GENESIS_HASH],
        },
        lockHeadRow,
      ]);
      [position] = relocked as ChainPosition[];
    }
    const start = { sequence: Number(position.sequence), hash: position.hash };
    const end = linkAfter(dataSource, start, rows);
    const counts = dayCountsStatement(dataSource, rows);
    const disclosures = escape(dataSource.getMetadata(Disclosure).tableName);
    await batch.commit(
      [
        insertStatement(dataSource, rows),
        ...storeSetsStatements(dataSource, use, stored ?? []),
        ...(counts ? [counts] : []),
        // Moved only from where this append found it: in a transaction that did not read it (see
        // the guard) a head another append moved stays where that one left it.
        {
          sql: `UPDATE ${head} SET ${escape("sequence")} = ?, ${escape("hash")} = ? WHERE ${escape("id")} = 1 AND ${escape("sequence")} = ? AND ${escape("hash")} = ?`,
          values: [end.sequence, end.hash, start.sequence, start.hash],
        },
      ],
      // Committed only where this append's last row and the head it moved are both there: a
      // brute-force abort inside this round trip leaves the statements after it in a new
      // transaction, without the rows (docs/performance.md, "A transaction split by a
      // brute-force abort").
      failUnless({
        sql: `EXISTS (SELECT 1 FROM ${head} WHERE ${escape("id")} = 1 AND ${escape("sequence")} = ? AND ${escape("hash")} = ?)
          AND EXISTS (SELECT 1 FROM ${disclosures} WHERE ${escape("sequence")} = ? AND ${escape("hash")} = ?)`,
        values: [end.sequence, end.hash, end.sequence, end.hash],
      }),
    );
  });
}

/** One INSERT of the rows, every column as the driver writes it (what TypeORM's insert would send). */
function insertStatement(dataSource: DataSource, rows: Disclosure[]): Statement {
  const columns = dataSource.getMetadata(Disclosure).columns;
  const escape = (name: string) => dataSource.driver.escape(name);
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  return {
    sql: `INSERT INTO ${escape(dataSource.getMetadata(Disclosure).tableName)}
     (${columns.map((column) => escape(column.databaseName)).join(", ")}) VALUES ${rows.map(() => placeholders).join(", ")}`,
    values: rows.flatMap((row) =>
      columns.map((column) => dataSource.driver.preparePersistentValue(column.getEntityValue(row), column) as unknown),
    ),
  };
}

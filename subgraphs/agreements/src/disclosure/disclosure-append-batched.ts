import { type Statement, StatementBatch, TRANSACTION_SUPERSEDED, failUnless } from "@frontera/database";
import { type DataSource } from "typeorm";
import { DisclosureChainHead } from "./disclosure-chain.entity";
import { type ChainPosition, GENESIS_HASH, linkAfter } from "./disclosure-chain";
import { Disclosure } from "./disclosure.entity";
import { dayCountsStatement } from "./disclosure-records";
import { writtenValue } from "./disclosure-stored-row";
import { DisclosureRecordSet } from "./record-set.entity";
import { type RecordSetUse, recordSetUse, storeSetsStatements, storedSetsStatement } from "./record-sets";

/**
 * A check made inside the append's transaction before anything is committed: POST /disclosures
 * checks its caller's standing this way, saving a round trip of its own. `statement` and `holds`
 * read it in the first of two round trips (`holds` throws on its rows when the append must not
 * happen: nothing is written and the error is the append's); `condition` is the same check as an
 * SQL condition, for the commit's guard of a one-round-trip append.
 */
export interface AppendPrecondition {
  statement: Statement;
  holds(rows: unknown): void;
  condition: Statement;
}

/**
 * What this process's last append left: the head it moved, and the sets of records it named with
 * the day (docs/performance.md, "One round trip"). Both may be stale (another replica, the
 * chaining worker, a truncation): a one-round-trip append only guesses from them, and its guard
 * refuses a wrong guess.
 */
interface LastAppend {
  head: ChainPosition;
  setsNamed: Map<string, string>;
  // One-round-trip tries left to skip after a wrong guess: with several writers the guess is
  // often wrong, and each wrong one costs a round trip.
  skip: number;
}

const lastAppends = new WeakMap<DataSource, LastAppend>();
const SKIP_AFTER_WRONG_GUESS = 16;
// Sets remembered per process: enough for the sets a day's partners keep receiving.
const SETS_REMEMBERED = 20_000;

/**
 * Appends the rows on MySQL in one transaction (see appendChainedDisclosures): in one round trip
 * when this process's last append is a good guess of where the chain ends, else in two. A wrong
 * guess costs a round trip and stores nothing; the two round trips follow at once.
 */
export async function appendBatched(
  dataSource: DataSource,
  rows: Disclosure[],
  precondition: AppendPrecondition | undefined,
): Promise<void> {
  const last = lastAppends.get(dataSource);
  if (last && last.skip === 0) {
    try {
      await appendInOneRoundTrip(dataSource, rows, last, precondition);
      return;
    } catch (error) {
      if (!isWrongGuess(error)) throw error;
      last.skip = SKIP_AFTER_WRONG_GUESS;
      last.setsNamed.clear();
    }
  } else if (last) last.skip -= 1;
  await appendInTwoRoundTrips(dataSource, rows, precondition);
}

/** The guess was wrong (a moved head, a removed set, a revoked caller), or the cluster aborted it: nothing stored. */
function isWrongGuess(error: unknown): boolean {
  const { code, errno } = (error ?? {}) as { code?: string; errno?: number };
  return code === TRANSACTION_SUPERSEDED || errno === 1062 || errno === 1213;
}

/**
 * One round trip: the rows chained after the head this process left, the sets it does not know
 * as named today, the day counts, the head moved only from that place, and a guard that commits
 * only where that held — the head at this append's last row, that row there, the sets it skipped
 * still stored, the caller's standing. A head moved meanwhile fails the INSERT (its sequence
 * taken) or the guard; either way nothing is stored and the two round trips run instead.
 */
async function appendInOneRoundTrip(
  dataSource: DataSource,
  rows: Disclosure[],
  last: LastAppend,
  precondition: AppendPrecondition | undefined,
): Promise<void> {
  const start = last.head;
  const end = linkAfter(dataSource, start, rows);
  const use = recordSetUse(rows);
  const known = use.ids.filter((id) => (last.setsNamed.get(id) ?? "") >= use.uses.get(id)!.day);
  const knownRows = known.map((id) => ({ id, lastUsedOn: last.setsNamed.get(id)! }));
  const escape = (name: string) => dataSource.driver.escape(name);
  const conditions: Statement[] = [...appendedCondition(dataSource, end)];
  if (known.length > 0) {
    conditions.push({
      sql: `(SELECT COUNT(*) FROM ${escape(dataSource.getMetadata(DisclosureRecordSet).tableName)} WHERE ${escape("id")} IN (${known.map(() => "?").join(", ")})) = ?`,
      values: [...known, known.length],
    });
  }
  if (precondition) conditions.push(precondition.condition);
  await StatementBatch.run(dataSource, (batch) =>
    batch.commit(writeStatements(dataSource, rows, use, knownRows, start, end), failUnless(all(conditions))),
  );
  remember(dataSource, end, use);
}

async function appendInTwoRoundTrips(
  dataSource: DataSource,
  rows: Disclosure[],
  precondition: AppendPrecondition | undefined,
): Promise<void> {
  const escape = (name: string) => dataSource.driver.escape(name);
  const head = escape(dataSource.getMetadata(DisclosureChainHead).tableName);
  const use = recordSetUse(rows);
  const readSets = storedSetsStatement(dataSource, use);
  const end = await StatementBatch.run(dataSource, async (batch) => {
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
    const reached = linkAfter(dataSource, start, rows);
    // Committed only where this append's last row and the head it moved are both there: a
    // brute-force abort inside this round trip leaves the statements after it in a new
    // transaction, without the rows (docs/performance.md, "A transaction split by a brute-force
    // abort").
    await batch.commit(
      writeStatements(dataSource, rows, use, stored ?? [], start, reached),
      failUnless(all(appendedCondition(dataSource, reached))),
    );
    return reached;
  });
  remember(dataSource, end, use);
}

/**
 * The writes of an append after `start`: its rows, the sets not already stored for the day
 * (`storedSets`: rows of id and lastUsedOn), the day counts, and the head moved to `end` — only
 * from `start`: in a transaction that did not find it there (see the guard) a head another append
 * moved stays where that one left it.
 */
function writeStatements(
  dataSource: DataSource,
  rows: Disclosure[],
  use: RecordSetUse,
  storedSets: unknown,
  start: ChainPosition,
  end: ChainPosition,
): Statement[] {
  const escape = (name: string) => dataSource.driver.escape(name);
  const head = escape(dataSource.getMetadata(DisclosureChainHead).tableName);
  const counts = dayCountsStatement(dataSource, rows);
  return [
    insertStatement(dataSource, rows),
    ...storeSetsStatements(dataSource, use, storedSets),
    ...(counts ? [counts] : []),
    {
      sql: `UPDATE ${head} SET ${escape("sequence")} = ?, ${escape("hash")} = ? WHERE ${escape("id")} = 1 AND ${escape("sequence")} = ? AND ${escape("hash")} = ?`,
      values: [end.sequence, end.hash, start.sequence, start.hash],
    },
  ];
}

/** True where the head is at `end` and the entry there is the one this append wrote. */
function appendedCondition(dataSource: DataSource, end: ChainPosition): Statement[] {
  const escape = (name: string) => dataSource.driver.escape(name);
  const head = escape(dataSource.getMetadata(DisclosureChainHead).tableName);
  const disclosures = escape(dataSource.getMetadata(Disclosure).tableName);
  return [
    {
      sql: `EXISTS (SELECT 1 FROM ${head} WHERE ${escape("id")} = 1 AND ${escape("sequence")} = ? AND ${escape("hash")} = ?)`,
      values: [end.sequence, end.hash],
    },
    {
      sql: `EXISTS (SELECT 1 FROM ${disclosures} WHERE ${escape("sequence")} = ? AND ${escape("hash")} = ?)`,
      values: [end.sequence, end.hash],
    },
  ];
}

function all(conditions: Statement[]): Statement {
  return {
    sql: conditions.map((condition) => `(${condition.sql})`).join(" AND "),
    values: conditions.flatMap((condition) => condition.values ?? []),
  };
}

/** Keeps what a committed append left, for the next one's guess. */
function remember(dataSource: DataSource, end: ChainPosition, use: RecordSetUse): void {
  const last = lastAppends.get(dataSource) ?? { head: end, setsNamed: new Map<string, string>(), skip: 0 };
  last.head = end;
  for (const id of use.ids) {
    last.setsNamed.delete(id);
    last.setsNamed.set(id, use.uses.get(id)!.day);
  }
  // A Map iterates in insertion order: the first are the least recently named.
  for (const id of last.setsNamed.keys()) {
    if (last.setsNamed.size <= SETS_REMEMBERED) break;
    last.setsNamed.delete(id);
  }
  lastAppends.set(dataSource, last);
}

/** One INSERT of the rows, every column as the driver writes it (what TypeORM's insert would send). */
export function insertStatement(dataSource: DataSource, rows: Disclosure[]): Statement {
  const columns = dataSource.getMetadata(Disclosure).columns;
  const escape = (name: string) => dataSource.driver.escape(name);
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  return {
    sql: `INSERT INTO ${escape(dataSource.getMetadata(Disclosure).tableName)}
     (${columns.map((column) => escape(column.databaseName)).join(", ")}) VALUES ${rows.map(() => placeholders).join(", ")}`,
    values: rows.flatMap((row) => columns.map((column) => writtenValue(dataSource, row, column))),
  };
}

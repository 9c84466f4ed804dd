import { isRolledBackConflict, retryTransient } from "@frontera/database";
import { type DataSource, type EntityManager } from "typeorm";
import { DisclosureChainHead } from "./disclosure-chain.entity";
import { Disclosure } from "./disclosure.entity";
import { type ChainPosition, linkAfter, lockHead, moveHead, oneWriterAtATime } from "./disclosure-chain";
import { addDerivedRows } from "./disclosure-records";
import { asStoredRow } from "./disclosure-stored-row";
import { recordSetIdOf } from "./record-sets";

/**
 * Stores new disclosures already chained, in one transaction: the head locked, each row given its
 * sequence, previousHash and hash (computed over the row as it will be read back), the rows
 * inserted with them, the sets of records they carried stored (record-sets.ts) and their day
 * counts added, the head moved, one commit. Nothing is read back but which of those sets are
 * stored already; a failure leaves nothing (no row, set or count) and throws,
 * so the gateway withholds the answers. Returns the rows as stored.
 *
 * Rows still unchained (an older agreements' during a rolling upgrade) are not chained first: the
 * worker's sweep gives them the next places after whatever was appended meanwhile, so an entry
 * may follow a younger one. Nothing needs `at` order: verification walks sequence and previous
 * hash alone, and pruning removes a prefix of the chain only up to its first entry younger than
 * the cut (disclosure-retention.ts), keeping an older straggler's followers a little longer. It
 * never held before either: rows committed late, or by replicas whose clocks differ, were chained
 * after younger ones. Chaining them here would cost every write one more query.
 *
 * MySQL: concurrent appends (replicas, or nodes of a Galera cluster) queue on the head's row lock;
 * a Galera certification failure or a deadlock rolls the whole transaction back and it runs again,
 * linked after the new head. The embedded database takes one writer at a time (oneWriterAtATime).
 */
export function appendChainedDisclosures(dataSource: DataSource, disclosures: Disclosure[]): Promise<Disclosure[]> {
  const rows = disclosures.map((disclosure) => {
    const row = asStoredRow(dataSource, disclosure);
    row.recordSetId = recordSetIdOf(row.records);
    return row;
  });
  return oneWriterAtATime(dataSource, () =>
    retryTransient(
      () =>
        dataSource.transaction(async (manager) => {
          const end = await linkAndMoveHead(manager, rows);
          await manager.getRepository(Disclosure).insert(rows);
          await addDerivedRows(manager, rows);
          return end;
        }),
      isRolledBackConflict,
    ).then(
      (end) => {
        lastHeads.set(dataSource, end);
        return rows;
      },
      (error: unknown) => {
        lastHeads.delete(dataSource);
        throw error;
      },
    ),
  );
}

// Where this process's last append left the chain: usually where the next one starts.
const lastHeads = new WeakMap<DataSource, ChainPosition>();

/**
 * Links the rows after the head and moves the head past them, the head's row locked until the
 * commit. Each statement is a round trip to the database that costs both sides CPU, so where
 * this process wrote the head last, one conditional UPDATE both locks and moves it; only when
 * another writer (a replica, the sweeper) moved it since does the head need reading first.
 */
async function linkAndMoveHead(manager: EntityManager, rows: Disclosure[]): Promise<ChainPosition> {
  const dataSource = manager.connection;
  const last = lastHeads.get(dataSource);
  if (last) {
    const end = linkAfter(dataSource, last, rows);
    const moved = await manager
      .createQueryBuilder()
      .update(DisclosureChainHead)
      .set(end)
      .where("id = 1 AND sequence = :sequence AND hash = :hash", last)
      .execute();
    if (moved.affected === 1) return end;
  }
  const end = linkAfter(dataSource, await lockHead(manager), rows);
  await moveHead(manager, end);
  return end;
}

import { isRolledBackConflict, retryTransient } from "@frontera/database";
import { type DataSource } from "typeorm";
import { Disclosure } from "./disclosure.entity";
import { linkAfter, lockHead, oneWriterAtATime, recordChained } from "./disclosure-chain";
import { asStoredRow } from "./disclosure-stored-row";

/**
 * Stores new disclosures already chained, in one transaction: the head locked, each row given its
 * sequence, previousHash and hash (computed over the row as it will be read back), the rows
 * inserted with them, their lookup rows and day counts added, the head moved, one commit. Nothing
 * is read back and nothing updated; a failure leaves nothing (no row, lookup or count) and throws,
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
  const rows = disclosures.map((disclosure) => asStoredRow(dataSource, disclosure));
  return oneWriterAtATime(dataSource, () =>
    retryTransient(
      () =>
        dataSource.transaction(async (manager) => {
          const end = linkAfter(dataSource, await lockHead(manager), rows);
          await manager.getRepository(Disclosure).insert(rows);
          await recordChained(manager, rows, end);
          return rows;
        }),
      isRolledBackConflict,
    ),
  );
}

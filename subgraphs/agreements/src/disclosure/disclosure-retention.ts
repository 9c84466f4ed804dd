import { type KeyStore } from "@frontera/auth";
import { type DataSource, In, IsNull, LessThan, Not } from "typeorm";
import { DisclosureDayCount } from "./disclosure-day-count.entity";
import { DisclosureCheckpoint } from "./disclosure-chain.entity";
import { Disclosure } from "./disclosure.entity";
import { oneWriterAtATime } from "./disclosure-chain";
import { signCheckpoint } from "./disclosure-checkpoints";
import { removeUnusedRecordSets } from "./record-set-retention";

/** The Privacy Act's five years (5 U.S.C. 552a(c)(2)), unless DISCLOSURE_RETENTION_DAYS says otherwise. */
export const DEFAULT_RETENTION_DAYS = 1825;

// Entries pruned per transaction, each batch under its own signed boundary.
const PRUNE_BATCH = 1_000;

/**
 * Deletes the chained disclosures older than the retention period, oldest first, then the sets
 * of records no disclosure names any more (with their members) and the day counts. Each batch first signs a retention checkpoint naming the last
 * entry it deletes and that entry's hash, in the transaction that deletes: what remains verifies
 * from there (disclosures verify). Only a whole prefix of the chain goes: an entry stays while
 * any before it is younger than the cut. Returns how many entries were deleted.
 */
export async function pruneDisclosures(
  dataSource: DataSource,
  keys: KeyStore,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const cut = new Date(now.getTime() - retentionDays * 86_400_000);
  const repository = dataSource.getRepository(Disclosure);
  let pruned = 0;
  for (;;) {
    const oldest = await repository.find({
      where: { sequence: Not(IsNull()) },
      order: { sequence: "ASC" },
      take: PRUNE_BATCH,
    });
    const batch: Disclosure[] = [];
    for (const entry of oldest) {
      if (entry.at >= cut) break;
      batch.push(entry);
    }
    if (batch.length === 0) break;
    const last = batch.at(-1)!;
    await oneWriterAtATime(dataSource, () =>
      dataSource.transaction(async (manager) => {
        await signCheckpoint(dataSource, keys, { count: last.sequence!, headHash: last.hash! }, "retention", manager);
        await manager.getRepository(Disclosure).delete({ id: In(batch.map((entry) => entry.id)) });
        // Checkpoints before the new boundary can no longer be checked against anything.
        await manager.getRepository(DisclosureCheckpoint).delete({ count: LessThan(last.sequence!) });
      }),
    );
    pruned += batch.length;
    if (batch.length < PRUNE_BATCH) break;
  }
  await removeUnusedRecordSets(dataSource, cut);
  await dataSource.getRepository(DisclosureDayCount).delete({ day: LessThan(cut.toISOString().slice(0, 10)) });
  return pruned;
}

import { type DataSource } from "typeorm";
import { oneWriterAtATime } from "./disclosure-chain";
import { Disclosure } from "./disclosure.entity";
import { DisclosureRecordSet, RecordSetMember } from "./record-set.entity";
import { utcDay } from "./record-sets";

// Sets removed per transaction.
const SETS_PER_BATCH = 200;

/**
 * Removes the sets of records that no disclosure names any more and that none has named since
 * before the cut, with their members: once the disclosures are gone, so is any trace that the
 * records were disclosed. A set an append names again is safe: the append writes the set's row
 * (record-sets.ts), so this either sees the new day and keeps it, or removes it first and the
 * append, waiting on the row (or retried after a Galera conflict), stores it anew. Returns how
 * many sets went.
 */
export async function removeUnusedRecordSets(dataSource: DataSource, cut: Date): Promise<number> {
  const cutDay = utcDay(cut);
  const unused = (alias: string) =>
    `${alias}.lastUsedOn < :cutDay AND NOT EXISTS (${dataSource
      .getRepository(Disclosure)
      .createQueryBuilder("disclosure")
      .select("1")
      .where(`disclosure.recordSetId = ${alias}.id`)
      .getQuery()})`;
  let removed = 0;
  for (;;) {
    const candidates = await dataSource
      .getRepository(DisclosureRecordSet)
      .createQueryBuilder("recordSet")
      .select("recordSet.id", "id")
      .where(unused("recordSet"), { cutDay })
      .orderBy("recordSet.id")
      .limit(SETS_PER_BATCH)
      .getRawMany<{ id: string }>();
    if (candidates.length === 0) break;
    const gone = await oneWriterAtATime(dataSource, () =>
      dataSource.transaction(async (manager) => {
        // Locked and checked again: an append may have named one since it was picked.
        const locked = manager
          .getRepository(DisclosureRecordSet)
          .createQueryBuilder("recordSet")
          .select("recordSet.id", "id")
          .where("recordSet.id IN (:...ids)", { ids: candidates.map((set) => set.id) })
          .andWhere(unused("recordSet"), { cutDay });
        if (dataSource.options.type !== "better-sqlite3") locked.setLock("pessimistic_write");
        const ids = (await locked.getRawMany<{ id: string }>()).map((set) => set.id);
        if (ids.length === 0) return 0;
        await manager
          .createQueryBuilder()
          .delete()
          .from(RecordSetMember)
          .where("recordSetId IN (:...ids)", { ids })
          .execute();
        await manager
          .createQueryBuilder()
          .delete()
          .from(DisclosureRecordSet)
          .where("id IN (:...ids)", { ids })
          .execute();
        return ids.length;
      }),
    );
    removed += gone;
    if (candidates.length < SETS_PER_BATCH || gone === 0) break;
  }
  return removed;
}

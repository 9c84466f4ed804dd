import { type MigrationInterface, type QueryRunner } from "typeorm";
import { Disclosure, type RecordsOfType } from "../disclosure/disclosure.entity";
import { recordSetIdOf, storeRecordSets } from "../disclosure/record-sets";

// Chained entries read per step of the backfill.
const BATCH = 1_000;

interface StoredEntry {
  id: string;
  at: Date | string;
  records: string | RecordsOfType[] | null;
  sequence: number;
}

/** The chained entries after `sequence`, in order, their records parsed. */
async function entriesAfter(queryRunner: QueryRunner, sequence: number) {
  const rows = (await queryRunner.query(
    `SELECT \`id\`, \`at\`, \`records\`, \`sequence\` FROM \`disclosures\` WHERE \`sequence\` > ? ORDER BY \`sequence\` LIMIT ${BATCH}`,
    [sequence],
  )) as StoredEntry[];
  return rows.map((row) => {
    const records = typeof row.records === "string" ? (JSON.parse(row.records) as RecordsOfType[]) : row.records;
    return Object.assign(new Disclosure(), {
      id: row.id,
      at: new Date(row.at),
      records,
      sequence: row.sequence,
      recordSetId: recordSetIdOf(records),
    });
  });
}

/**
 * "Who received this record" by set of records instead of by disclosure (docs/security-model.md,
 * "Who received a record"): the sets and their members, each chained entry given the set of its
 * records (derived, so its hash is unchanged), then the per-disclosure lookups go. Entries not
 * chained yet get their set when the chaining worker reaches them.
 *
 * An agreements of an older version still writes the old lookups as it appends: stop those
 * before this runs; until then their appends fail and the gateway withholds the answers.
 */
export class DisclosureRecordSets1797000000000 implements MigrationInterface {
  name = "DisclosureRecordSets1797000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `disclosure_record_sets` (`id` varchar(64) NOT NULL, `records` json NOT NULL, `lastUsedOn` date NOT NULL, INDEX `IDX_a93b852dc92e5692e97a251ab9` (`lastUsedOn`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `disclosure_record_set_members` (`typeName` varchar(32) NOT NULL, `recordKey` varchar(64) NOT NULL, `recordSetId` varchar(64) NOT NULL, PRIMARY KEY (`typeName`, `recordKey`, `recordSetId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `recordSetId` varchar(64) NULL");
    await queryRunner.query("CREATE INDEX `IDX_ac4f2c0bfa88e16bc84053a890` ON `disclosures` (`recordSetId`, `at`, `id`)");
    for (let after = 0; ; ) {
      const entries = await entriesAfter(queryRunner, after);
      if (entries.length === 0) break;
      after = entries.at(-1)!.sequence!;
      const named = entries.filter((entry) => entry.recordSetId !== null);
      if (named.length === 0) continue;
      await queryRunner.query(
        `UPDATE \`disclosures\` SET \`recordSetId\` = CASE \`id\` ${named.map(() => "WHEN ? THEN ?").join(" ")} END
         WHERE \`id\` IN (${named.map(() => "?").join(", ")})`,
        [...named.flatMap((entry) => [entry.id, entry.recordSetId]), ...named.map((entry) => entry.id)],
      );
      await storeRecordSets(queryRunner.manager, named);
    }
    await queryRunner.query("DROP TABLE `disclosed_records`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `disclosed_records` (`typeName` varchar(32) NOT NULL, `recordKey` varchar(64) NOT NULL, `at` datetime NOT NULL, `disclosureId` varchar(36) NOT NULL, PRIMARY KEY (`typeName`, `recordKey`, `at`, `disclosureId`)) ENGINE=InnoDB");
    for (let after = 0; ; ) {
      const entries = await entriesAfter(queryRunner, after);
      if (entries.length === 0) break;
      after = entries.at(-1)!.sequence!;
      const lookups = entries.flatMap((entry) =>
        (entry.records ?? []).flatMap((records) => records.keys.map((key) => [records.typeName, key, entry.at, entry.id])),
      );
      for (let start = 0; start < lookups.length; start += 2_000) {
        const rows = lookups.slice(start, start + 2_000);
        await queryRunner.query(
          `INSERT INTO \`disclosed_records\` (\`typeName\`, \`recordKey\`, \`at\`, \`disclosureId\`) VALUES ${rows.map(() => "(?, ?, ?, ?)").join(", ")}`,
          rows.flat(),
        );
      }
    }
    await queryRunner.query("DROP INDEX `IDX_ac4f2c0bfa88e16bc84053a890` ON `disclosures`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `recordSetId`");
    await queryRunner.query("DROP TABLE `disclosure_record_set_members`");
    await queryRunner.query("DROP INDEX `IDX_a93b852dc92e5692e97a251ab9` ON `disclosure_record_sets`");
    await queryRunner.query("DROP TABLE `disclosure_record_sets`");
  }
}

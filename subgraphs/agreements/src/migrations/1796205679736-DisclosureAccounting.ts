import { type MigrationInterface, type QueryRunner } from "typeorm";

export class DisclosureAccounting1796205679736 implements MigrationInterface {
  name = "DisclosureAccounting1796205679736";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `disclosed_records` (`typeName` varchar(16) NOT NULL, `recordKey` varchar(64) NOT NULL, `at` datetime NOT NULL, `disclosureId` varchar(36) NOT NULL, PRIMARY KEY (`typeName`, `recordKey`, `at`, `disclosureId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `disclosure_day_counts` (`arrangementId` varchar(64) NOT NULL, `day` date NOT NULL, `scope` varchar(64) NOT NULL, `answers` int NOT NULL, `records` int NOT NULL, PRIMARY KEY (`arrangementId`, `day`, `scope`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `disclosure_chain_head` (`id` int NOT NULL, `sequence` int NOT NULL, `hash` varchar(64) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `disclosure_checkpoints` (`id` varchar(36) NOT NULL, `at` datetime NOT NULL, `count` int NOT NULL, `headHash` varchar(64) NOT NULL, `kind` varchar(16) NOT NULL, `signature` text NOT NULL, INDEX `IDX_9609a1ad0dd97095b21f96b791` (`at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `grants` text NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `arrangementIds` text NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `records` json NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `sequence` int NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD UNIQUE INDEX `IDX_3e648b2624ca8049c4ab148a81` (`sequence`)");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `previousHash` varchar(64) NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `hash` varchar(64) NULL");
    // The chain starts empty; the chaining worker appends every disclosure without a sequence.
    await queryRunner.query("INSERT INTO `disclosure_chain_head` (`id`, `sequence`, `hash`) VALUES (1, 0, REPEAT('0', 64))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `hash`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `previousHash`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP INDEX `IDX_3e648b2624ca8049c4ab148a81`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `sequence`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `records`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `arrangementIds`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `grants`");
    await queryRunner.query("DROP INDEX `IDX_9609a1ad0dd97095b21f96b791` ON `disclosure_checkpoints`");
    await queryRunner.query("DROP TABLE `disclosure_checkpoints`");
    await queryRunner.query("DROP TABLE `disclosure_chain_head`");
    await queryRunner.query("DROP TABLE `disclosure_day_counts`");
    await queryRunner.query("DROP TABLE `disclosed_records`");
  }
}

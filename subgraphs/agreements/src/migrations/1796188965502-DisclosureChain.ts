import { type MigrationInterface, type QueryRunner } from "typeorm";

export class DisclosureChain1796188965502 implements MigrationInterface {
  name = "DisclosureChain1796188965502";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `disclosure_chain_head` (`id` int NOT NULL, `sequence` int NOT NULL, `hash` varchar(64) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `disclosure_checkpoints` (`id` varchar(36) NOT NULL, `at` datetime NOT NULL, `count` int NOT NULL, `headHash` varchar(64) NOT NULL, `signature` text NOT NULL, INDEX `IDX_9609a1ad0dd97095b21f96b791` (`at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `sequence` int NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD UNIQUE INDEX `IDX_3e648b2624ca8049c4ab148a81` (`sequence`)");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `previousHash` varchar(64) NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `hash` varchar(64) NULL");
    // The chain starts empty, after the disclosures already stored (their sequence stays NULL):
    // they were never hashed, so chaining them now would vouch for whatever they hold today.
    await queryRunner.query("INSERT INTO `disclosure_chain_head` (`id`, `sequence`, `hash`) VALUES (1, 0, REPEAT('0', 64))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `hash`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `previousHash`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP INDEX `IDX_3e648b2624ca8049c4ab148a81`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `sequence`");
    await queryRunner.query("DROP INDEX `IDX_9609a1ad0dd97095b21f96b791` ON `disclosure_checkpoints`");
    await queryRunner.query("DROP TABLE `disclosure_checkpoints`");
    await queryRunner.query("DROP TABLE `disclosure_chain_head`");
  }
}

import { type MigrationInterface, type QueryRunner } from "typeorm";

// Reference facts carry their sources (issue 19): a JSON list of sources and a note on agencies,
// programs, program sites and ports, a note on agreements (whose sources column already exists),
// and an agency's parent as a code. Existing rows get an empty source list; the seed fills them.
export class ReferenceSources1796621580840 implements MigrationInterface {
  name = "ReferenceSources1796621580840";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `agencies` MODIFY `parent` varchar(200) NULL");
    await queryRunner.query("ALTER TABLE `agencies` ADD `parentCode` varchar(16) NULL");
    await queryRunner.query("ALTER TABLE `agreements` ADD `note` varchar(1000) NULL");
    for (const table of ["agencies", "programs", "program_sites", "ports_of_entry"]) {
      if (table !== "agencies") await queryRunner.query(`ALTER TABLE \`${table}\` ADD \`note\` varchar(1000) NULL`);
      await queryRunner.query(`ALTER TABLE \`${table}\` ADD \`sources\` text NULL`);
      await queryRunner.query(`UPDATE \`${table}\` SET \`sources\` = '[]'`);
      await queryRunner.query(`ALTER TABLE \`${table}\` MODIFY \`sources\` text NOT NULL`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["ports_of_entry", "program_sites", "programs", "agencies"]) {
      await queryRunner.query(`ALTER TABLE \`${table}\` DROP COLUMN \`sources\``);
      if (table !== "agencies") await queryRunner.query(`ALTER TABLE \`${table}\` DROP COLUMN \`note\``);
    }
    await queryRunner.query("ALTER TABLE `agreements` DROP COLUMN `note`");
    await queryRunner.query("ALTER TABLE `agencies` DROP COLUMN `parentCode`");
    await queryRunner.query("UPDATE `agencies` SET `parent` = '' WHERE `parent` IS NULL");
    await queryRunner.query("ALTER TABLE `agencies` MODIFY `parent` varchar(200) NOT NULL");
  }
}

import { type MigrationInterface, type QueryRunner } from "typeorm";

export class InspectionsByResult1796187085066 implements MigrationInterface {
  name = "InspectionsByResult1796187085066";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_20e0661dbeee8b44f622c4dafe` ON `inspections` (`result`, `startedAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_20e0661dbeee8b44f622c4dafe` ON `inspections`");
  }
}

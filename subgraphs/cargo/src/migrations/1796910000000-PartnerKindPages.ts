import { type MigrationInterface, type QueryRunner } from "typeorm";

export class PartnerKindPages1796910000000 implements MigrationInterface {
  name = "PartnerKindPages1796910000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_e7b9abfcdf369213c7da4dfa81` ON `inspections` (`portCode`, `direction`, `kind`, `startedAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_e7b9abfcdf369213c7da4dfa81` ON `inspections`");
  }
}

import { type MigrationInterface, type QueryRunner } from "typeorm";

export class IndexesForEveryOrder1796187219905 implements MigrationInterface {
  name = "IndexesForEveryOrder1796187219905";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_20e0661dbeee8b44f622c4dafe` ON `inspections` (`result`, `startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_6f0ba2e96233feddb96a84bb1d` ON `trips` (`estimatedArrival`, `tripNumber`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_6f0ba2e96233feddb96a84bb1d` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_20e0661dbeee8b44f622c4dafe` ON `inspections`");
  }
}

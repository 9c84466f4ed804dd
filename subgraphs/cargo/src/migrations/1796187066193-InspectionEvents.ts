import { type MigrationInterface, type QueryRunner } from "typeorm";

export class InspectionEvents1796187066193 implements MigrationInterface {
  name = "InspectionEvents1796187066193";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `inspection_events` (`sequence` int NOT NULL AUTO_INCREMENT, `inspectionId` varchar(36) NOT NULL, `at` datetime NOT NULL, `actor` varchar(128) NOT NULL, `agencyCode` varchar(16) NOT NULL, `action` enum ('OPENED', 'RESULT_RECORDED', 'REOPENED') NOT NULL, `resultBefore` enum ('PENDING', 'RELEASED', 'REFERRED', 'HELD', 'SEIZED', 'REEXPORTED', 'TREATED', 'DESTROYED') NULL, `resultAfter` enum ('PENDING', 'RELEASED', 'REFERRED', 'HELD', 'SEIZED', 'REEXPORTED', 'TREATED', 'DESTROYED') NOT NULL, `reason` varchar(500) NULL, INDEX `IDX_b479ed5342501d192eab5ee7d6` (`inspectionId`, `sequence`), PRIMARY KEY (`sequence`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_b479ed5342501d192eab5ee7d6` ON `inspection_events`");
    await queryRunner.query("DROP TABLE `inspection_events`");
  }
}

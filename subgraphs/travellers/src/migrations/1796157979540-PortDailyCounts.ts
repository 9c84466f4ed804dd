import { type MigrationInterface, type QueryRunner } from "typeorm";

export class PortDailyCounts1796157979540 implements MigrationInterface {
  name = "PortDailyCounts1796157979540";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `port_daily_counts` (`series` varchar(32) NOT NULL, `portCode` varchar(4) NOT NULL, `day` date NOT NULL, `total` int NOT NULL, PRIMARY KEY (`series`, `portCode`, `day`)) ENGINE=InnoDB");
    // Edited by hand: the totals of the rows already there (see PortDailyCount).
    await queryRunner.query("INSERT INTO `port_daily_counts` (`series`, `portCode`, `day`, `total`) SELECT 'crossings', `portCode`, DATE(`at`), COUNT(*) FROM `crossings` WHERE `at` IS NOT NULL GROUP BY `portCode`, DATE(`at`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `port_daily_counts`");
  }
}

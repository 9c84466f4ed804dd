import { type MigrationInterface, type QueryRunner } from "typeorm";

export class InspectionsInShipmentOrder1796156377505 implements MigrationInterface {
  name = "InspectionsInShipmentOrder1796156377505";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_e3aab962a08c3f3288e96982af` ON `inspections`");
    await queryRunner.query("CREATE INDEX `IDX_f7d531036eff676f7a6481172a` ON `inspections` (`shipmentControlNumber`, `startedAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_f7d531036eff676f7a6481172a` ON `inspections`");
    await queryRunner.query("CREATE INDEX `IDX_e3aab962a08c3f3288e96982af` ON `inspections` (`shipmentControlNumber`)");
  }
}

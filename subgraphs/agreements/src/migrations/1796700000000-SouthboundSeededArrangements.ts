import { type MigrationInterface, type QueryRunner } from "typeorm";

// The two seeded arrangements that share southbound trade (docs/southbound.md, "Who sees it"), as
// the seed stored them before southbound trade and as it stores them since. Only a row still
// exactly at the old defaults is changed: one an arrangement officer has touched keeps its state.
const SEEDED = [
  {
    id: "cbp-anam-customs-enforcement",
    scopesBefore: ["reference:read", "cargo:manifest:read", "cargo:commercial:read", "enforcement:respond"],
    scopesAfter: [
      "reference:read",
      "cargo:manifest:read",
      "cargo:commercial:read",
      "cargo:pedimento:read",
      "enforcement:respond",
    ],
  },
  {
    id: "cbp-senasica-agriculture",
    scopesBefore: ["reference:read", "cargo:manifest:read", "inspection:agri:read", "hold:agri:read", "hold:agri:write"],
    scopesAfter: ["reference:read", "cargo:manifest:read", "inspection:agri:read", "hold:agri:read", "hold:agri:write"],
  },
];
const BOTH_DIRECTIONS = JSON.stringify(["NORTHBOUND", "SOUTHBOUND"]);

export class SouthboundSeededArrangements1796700000000 implements MigrationInterface {
  name = "SouthboundSeededArrangements1796700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const row of SEEDED) {
      await queryRunner.query(
        "UPDATE `data_sharing_arrangements` SET `directions` = ?, `scopes` = ?, `updatedAt` = UTC_TIMESTAMP() WHERE `id` = ? AND `directions` IS NULL AND `scopes` = ?",
        [BOTH_DIRECTIONS, JSON.stringify(row.scopesAfter), row.id, JSON.stringify(row.scopesBefore)],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const row of SEEDED) {
      await queryRunner.query(
        "UPDATE `data_sharing_arrangements` SET `directions` = NULL, `scopes` = ?, `updatedAt` = UTC_TIMESTAMP() WHERE `id` = ? AND `directions` = ? AND `scopes` = ?",
        [JSON.stringify(row.scopesBefore), row.id, BOTH_DIRECTIONS, JSON.stringify(row.scopesAfter)],
      );
    }
  }
}

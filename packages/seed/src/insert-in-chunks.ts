import { type EntityManager, type EntityTarget, type ObjectLiteral } from "typeorm";
import { type QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";

/**
 * Inserts many rows in multi-row INSERTs. SQLite caps bound parameters per statement, so the chunk
 * size follows from the number of columns.
 */
export async function insertInChunks<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  rows: Array<QueryDeepPartialEntity<Entity>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const chunkSize = Math.max(1, Math.floor(30_000 / Math.max(columns, 1)));
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + chunkSize))
      .updateEntity(false)
      .execute();
  }
}

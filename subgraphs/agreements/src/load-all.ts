import type DataLoader from "dataloader";

/** Loads rows by key through a loader, dropping keys that have no row (a dangling reference). */
export async function loadAll<Key, Row>(loader: DataLoader<Key, Row | null>, keys: Key[]): Promise<Row[]> {
  const rows = await loader.loadMany(keys);
  return rows.filter((row): row is Row => row !== null && !(row instanceof Error));
}

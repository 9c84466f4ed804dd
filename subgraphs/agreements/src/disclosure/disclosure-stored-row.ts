import { type DataSource } from "typeorm";
import { Disclosure } from "./disclosure.entity";

/** MySQL `datetime` keeps whole seconds: sign and hash what is stored, not what was meant. */
export function storedInstant(dataSource: DataSource, at: Date): Date {
  return dataSource.options.type === "better-sqlite3" ? at : new Date(Math.floor(at.getTime() / 1000) * 1000);
}

/**
 * A disclosure exactly as the database will hand it back once stored: each column through the
 * driver's write and read conversions (JSON columns come back as plain objects, without undefined
 * keys; undefined becomes null), `at` in whole seconds on MySQL. Hashing this instead of what
 * the resolver built is what lets an entry be chained before it is written: verification
 * recomputes every hash from the stored rows (disclosure-chain-verification.ts).
 */
export function asStoredRow(dataSource: DataSource, row: Disclosure): Disclosure {
  const driver = dataSource.driver;
  const stored = new Disclosure();
  for (const column of dataSource.getMetadata(Disclosure).columns) {
    const value: unknown = column.getEntityValue(row);
    const written = driver.preparePersistentValue(
      value instanceof Date ? storedInstant(dataSource, value) : value,
      column,
    );
    column.setEntityValue(stored, driver.prepareHydratedValue(written, column) ?? null);
  }
  return stored;
}

import { type DataSource } from "typeorm";
import { Disclosure } from "./disclosure.entity";

/** MySQL `datetime` keeps whole seconds: sign and hash what is stored, not what was meant. */
export function storedInstant(dataSource: DataSource, at: Date): Date {
  return dataSource.options.type === "better-sqlite3" ? at : new Date(Math.floor(at.getTime() / 1000) * 1000);
}

type ColumnMetadata = ReturnType<DataSource["getMetadata"]>["columns"][number];

/** A column's value on a stored row and the text or value the driver writes for it. */
interface Written {
  value: unknown;
  written: unknown;
}

/**
 * What asStoredRow had the driver write for each column of the rows it made: the INSERT writes
 * the same, without converting every JSON column a second time.
 */
const writtenByRow = new WeakMap<Disclosure, Map<string, Written>>();

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
  const writtenColumns = new Map<string, Written>();
  for (const column of dataSource.getMetadata(Disclosure).columns) {
    const value: unknown = column.getEntityValue(row);
    const written: unknown = driver.preparePersistentValue(
      value instanceof Date ? storedInstant(dataSource, value) : value,
      column,
    );
    const hydrated: unknown = driver.prepareHydratedValue(written, column) ?? null;
    column.setEntityValue(stored, hydrated);
    writtenColumns.set(column.propertyName, { value: hydrated, written });
  }
  writtenByRow.set(stored, writtenColumns);
  return stored;
}

/**
 * What the driver writes for a column of a row: what asStoredRow computed while the row still
 * holds the value it gave that column (the chain's columns are set afterwards and converted
 * here). A stored row's content is not changed after asStoredRow: its hash covers what it held.
 */
export function writtenValue(dataSource: DataSource, row: Disclosure, column: ColumnMetadata): unknown {
  const value: unknown = column.getEntityValue(row);
  const kept = writtenByRow.get(row)?.get(column.propertyName);
  if (kept && kept.value === value) return kept.written;
  return dataSource.driver.preparePersistentValue(value, column);
}

import {
  type DataSource,
  EntitySchema,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from "typeorm";

export interface PortDailyCountRow {
  series: string;
  portCode: string;
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  total: number;
}

/**
 * How many rows of a series (shipments by arrival, trips by crossing, …) each port has on each
 * day. A total over a window at a port then reads one row per day instead of one index entry per
 * row: at a million shipments, counting Laredo's 370,000 took 60–190 ms, summing its 91 days
 * takes well under one. Kept in the transaction of every write that adds a counted row, rebuilt
 * from the rows after a seed; every subgraph that counts adds it to its entities (and migrations).
 */
export const PortDailyCount = new EntitySchema<PortDailyCountRow>({
  name: "PortDailyCount",
  tableName: "port_daily_counts",
  columns: {
    series: { type: "varchar", length: 32, primary: true },
    portCode: { type: "varchar", length: 4, primary: true },
    day: { type: "date", primary: true },
    total: { type: "int" },
  },
});

/** Rows of one entity counted per port and day of one of their times. */
export interface DailySeries<Row extends ObjectLiteral> {
  name: string;
  target: EntityTarget<Row>;
  /** Property names: the port, and the time whose UTC day counts (a null time is not counted). */
  port: keyof Row & string;
  time: keyof Row & string;
  /**
   * Only rows whose properties have these values are counted (late manifests: `manifestLate`
   * true; northbound trade: `direction` NORTHBOUND). A query given to countByDay must hold the
   * same conditions.
   */
  where?: Array<{ property: keyof Row & string; equals: boolean | number | string }>;
  /**
   * Rows whose properties have all these values are not counted (people's crossings and northbound
   * drivers' leave out southbound drivers': those are a series of their own, shared by direction).
   */
  except?: Array<{ property: keyof Row & string; equals: boolean | number | string }>;
}

const DAY_MS = 86_400_000;
const utcDay = (time: Date) => time.toISOString().slice(0, 10);

/** Counts one more (or `delta` more) row of the series at this port on the day of `at`. */
export async function addToDailyCount<Row extends ObjectLiteral>(
  manager: EntityManager,
  series: DailySeries<Row>,
  portCode: string,
  at: Date,
  delta = 1,
): Promise<void> {
  const upsert =
    manager.connection.options.type === "better-sqlite3"
      ? "ON CONFLICT (series, portCode, day) DO UPDATE SET total = total + excluded.total"
      : "ON DUPLICATE KEY UPDATE total = total + VALUES(total)";
  await manager.query(`INSERT INTO port_daily_counts (series, portCode, day, total) VALUES (?, ?, ?, ?) ${upsert}`, [
    series.name,
    portCode,
    utcDay(at),
    delta,
  ]);
}

/** Replaces the series' totals with those of the rows now in its table (after a seed). */
export async function rebuildDailyCounts<Row extends ObjectLiteral>(
  dataSource: DataSource,
  series: DailySeries<Row>,
): Promise<void> {
  const metadata = dataSource.getMetadata(series.target);
  const escape = (name: string) => dataSource.driver.escape(name);
  const port = escape(metadata.findColumnWithPropertyName(series.port)!.databaseName);
  const time = escape(metadata.findColumnWithPropertyName(series.time)!.databaseName);
  const where = series.where ?? [];
  const except = series.except ?? [];
  const column = (property: string) => escape(metadata.findColumnWithPropertyName(property)!.databaseName);
  const condition =
    where.map(({ property }) => ` AND ${column(property)} = ?`).join("") +
    (except.length ? ` AND NOT (${except.map(({ property }) => `${column(property)} = ?`).join(" AND ")})` : "");
  // better-sqlite3 binds no booleans; both databases store them as 0 and 1.
  const conditionValues = [...where, ...except].map(({ equals }) =>
    typeof equals === "boolean" ? Number(equals) : equals,
  );
  await dataSource.transaction(async (manager) => {
    await manager.query("DELETE FROM port_daily_counts WHERE series = ?", [series.name]);
    await manager.query(
      `INSERT INTO port_daily_counts (series, portCode, day, total)
       SELECT ?, ${port}, DATE(${time}), COUNT(*) FROM ${escape(metadata.tableName)}
       WHERE ${time} IS NOT NULL${condition} GROUP BY ${port}, DATE(${time})`,
      [series.name, ...conditionValues],
    );
  });
}

/** The ports a count covers: the one asked for, if the caller may see it; else all the caller may. */
export function countedPorts(asked: string | null | undefined, visible: readonly string[] | null): string[] | null {
  if (!asked) return visible ? [...visible] : null;
  return visible === null || visible.includes(asked) ? [asked] : [];
}

export interface CountWindow {
  /** The ports counted; null: every port. */
  ports: readonly string[] | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * How many rows `query` matches, for a query that filters its series' rows by port and by
 * `from <= time < to` only: the whole days of the window from the daily totals, and the rows of
 * the partial days at its edges counted by `query` itself (an index range of less than a day).
 * Exact, and the same as COUNT(*) of `query`.
 */
export function countByDay<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  series: DailySeries<Row>,
  { ports, from, to }: CountWindow,
): Promise<number> {
  return countByDayOfSeries(query, [{ series, ports }], { from, to });
}

/** One series of a count over several, and the ports it is counted at (null: every port). */
export interface CountedSeries<Row extends ObjectLiteral> {
  series: DailySeries<Row>;
  ports: readonly string[] | null;
}

/**
 * The same, for a query whose rows fall into several series of one table, each counted at its own
 * ports (a caller may see one kind of row at fewer ports than another): `query` must match exactly
 * the rows of each series at its ports. Still one statement for the whole days and one for the edges.
 */
export async function countByDayOfSeries<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  counted: ReadonlyArray<CountedSeries<Row>>,
  { from, to }: Omit<CountWindow, "ports">,
): Promise<number> {
  const parts = counted.filter(({ ports }) => ports === null || ports.length > 0);
  if (parts.length === 0) return 0;
  const firstWholeDay = from ? new Date(Math.ceil(from.getTime() / DAY_MS) * DAY_MS) : null;
  const endOfWholeDays = to ? new Date(Math.floor(to.getTime() / DAY_MS) * DAY_MS) : null;
  if (firstWholeDay && endOfWholeDays && firstWholeDay >= endOfWholeDays) return query.clone().getCount();

  const days = query.connection
    .getRepository(PortDailyCount)
    .createQueryBuilder("daily")
    .select("COALESCE(SUM(daily.total), 0)", "total");
  const ofSeries = parts.map(({ series, ports }, index) => {
    days.setParameter(`series${index}`, series.name);
    if (!ports) return `daily.series = :series${index}`;
    days.setParameter(`ports${index}`, ports);
    return `(daily.series = :series${index} AND daily.portCode IN (:...ports${index}))`;
  });
  days.where(ofSeries.length === 1 ? ofSeries[0] : `(${ofSeries.join(" OR ")})`);
  if (firstWholeDay) days.andWhere("daily.day >= :firstWholeDay", { firstWholeDay: utcDay(firstWholeDay) });
  if (endOfWholeDays) days.andWhere("daily.day < :endOfWholeDays", { endOfWholeDays: utcDay(endOfWholeDays) });
  const wholeDays = Number((await days.getRawOne<{ total: string | number }>())?.total ?? 0);

  const time = `${query.alias}.${parts[0].series.time}`;
  const edges = [
    ...(from && firstWholeDay && from < firstWholeDay ? [`${time} < :firstWholeDay`] : []),
    ...(to && endOfWholeDays && endOfWholeDays < to ? [`${time} >= :endOfWholeDays`] : []),
  ];
  if (edges.length === 0) return wholeDays;
  const partialDays = await query
    .clone()
    .andWhere(`(${edges.join(" OR ")})`, { firstWholeDay, endOfWholeDays })
    .getCount();
  return wholeDays + partialDays;
}

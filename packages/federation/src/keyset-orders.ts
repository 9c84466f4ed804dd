/** The properties of `Row` whose values are `Value`. */
type PropertiesOf<Row, Value> = { [Key in keyof Row]-?: Row[Key] extends Value ? Key : never }[keyof Row] & string;

/**
 * The keyset order most lists take: a time, then a unique text key that breaks its ties, both
 * latest first (keysetOrder turns both the way a request asks). `alias` is the row's alias in the
 * query; the columns are those of packages/database's keysetPage.
 */
export function timeThenKey<Row>(alias: string, time: PropertiesOf<Row, Date>, key: PropertiesOf<Row, string>) {
  return [
    {
      column: `${alias}.${time}`,
      type: "time" as const,
      direction: "DESC" as const,
      of: (row: Row) => row[time] as Date,
    },
    {
      column: `${alias}.${key}`,
      type: "text" as const,
      direction: "DESC" as const,
      of: (row: Row) => row[key] as string,
    },
  ];
}

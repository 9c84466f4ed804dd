import { type AccessPolicy, EVERYWHERE, type Place, unionOfPlaces } from "@frontera/auth";

/**
 * How one subgraph places the rows of one entity type (docs/security-model.md). Each entity type
 * of a subgraph declares this once; every field check and every `_entities` lookup asks it.
 */
export interface EntityRule<Row = never, Context = never> {
  /** Where the row lives, from its own columns. */
  place?(row: Row): Place;
  /**
   * Where a row reached by key alone lives, when it cannot tell from its own columns (a
   * declaration lives at its shipment's port). Rows of a type with neither `place` nor `locate`
   * live only where the row they were reached from lives: looked up by key, a partner gets null.
   */
  locate?(row: Row, context: Context): Promise<Place | undefined>;
  /** The scopes that show the row at all (any one); by default its type's @scope. */
  readScopes?(row: Row): readonly string[];
  /** A further condition on rows looked up by key (a partner reads only its own arrangements). */
  visible?(row: Row, context: Context): boolean;
}

/** Rows bound to no port (reference data, another subgraph's entity this one adds fields to). */
export const PLACED_EVERYWHERE: EntityRule<object> = { place: () => EVERYWHERE };

/** A subgraph's rules, by GraphQL type name. Entity types without a rule are closed to partners. */
// Each rule has its own row and context shapes; the table only routes by type name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AccessRules = Record<string, EntityRule<any, any>>;

/** What field enforcement needs from a subgraph's per-request context. */
export interface AccessContext {
  policy: AccessPolicy;
  /** Where each row of this request lives, when it cannot say itself (see RowPlaces). */
  places: RowPlaces;
}

/**
 * The places of the rows of one request that do not carry their own port: value objects placed
 * by the row they hang from, people placed by the crossings and trips they were found through.
 */
export class RowPlaces {
  private readonly byRow = new WeakMap<object, Place>();

  get(row: object): Place | undefined {
    return this.byRow.get(row);
  }

  /** Adds ports to a row's place: a row reached along two paths lives at both. */
  add(row: object, place: Place): void {
    this.byRow.set(row, unionOfPlaces(this.byRow.get(row), place));
  }
}

import { type AccessPolicy, type Place, forbiddenFilter } from "@frontera/auth";
import { type RowPlaces } from "@frontera/federation";
import { type DataSource, type ObjectLiteral, type SelectQueryBuilder, In } from "typeorm";
import { Crossing } from "../crossing/crossing.entity";

export const TRAVELLER_SCOPES = ["traveller:identity:read", "traveller:document:read", "traveller:membership:read"];

/**
 * The rows of travellers one caller may see, as SQL and as checks (docs/security-model.md). A
 * crossing lives at its port and shows where traveller:identity:read holds. A person lives at the
 * ports of their crossings and of the trips they are reached through, and shows where one of the
 * traveller scopes holds there; each of their fields then needs its own scope at one of those ports.
 */
export class TravellerRowPolicy {
  readonly crossingPorts: string[] | null;

  constructor(readonly policy: AccessPolicy) {
    this.crossingPorts = policy.portsWhere(["traveller:identity:read"]);
  }

  crossingVisible(crossing: { portCode: string }): boolean {
    return this.crossingPorts === null || this.crossingPorts.includes(crossing.portCode);
  }

  restrictCrossings<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    if (this.crossingPorts === null) return;
    if (this.crossingPorts.length === 0) query.andWhere("1 = 0");
    else query.andWhere(`${alias}.portCode IN (:...crossingPorts)`, { crossingPorts: this.crossingPorts });
  }

  /** Whether a person found at this place shows at all. */
  travellerVisible(place: Place): boolean {
    return !this.policy.limited || this.policy.holdsAt(TRAVELLER_SCOPES, place);
  }

  /**
   * Keeps the people for whom one of `scopes` holds at a port where they crossed: the visibility
   * of a search, and the condition each search key adds (a key is usable only where its scope is).
   */
  restrictTravellers<Row extends ObjectLiteral>(
    query: SelectQueryBuilder<Row>,
    alias: string,
    scopes: readonly string[],
    name: string,
  ): void {
    if (!this.policy.limited) return;
    const ports = this.policy.portsWhere(scopes);
    if (ports === null) return;
    if (ports.length === 0) {
      query.andWhere("1 = 0");
      return;
    }
    query.andWhere(
      (outer) =>
        `${alias}.id IN ${outer.subQuery().select(`${name}.travellerId`).from(Crossing, name).where(`${name}.portCode IN (:...${name}Ports)`).getQuery()}`,
      { [`${name}Ports`]: ports },
    );
  }

  /** A search key the caller holds no scope for would answer what the field refuses. */
  checkSearchKey(field: string, scope: string): void {
    if (this.policy.holdsAnywhere([scope])) return;
    throw forbiddenFilter(field, [scope], "a search answers what the field would show");
  }

  /** Places each of these people at the ports they crossed at (for partners; one statement). */
  async placeTravellers(dataSource: DataSource, travellers: ReadonlyArray<{ id: string }>, places: RowPlaces) {
    if (!this.policy.limited || travellers.length === 0) return;
    const ports = await this.crossingPortsOf(
      dataSource,
      travellers.map((traveller) => traveller.id),
    );
    for (const traveller of travellers) places.add(traveller, ports.get(traveller.id) ?? []);
  }

  /** The ports each of these people crossed at (one statement for a whole batch). */
  async crossingPortsOf(dataSource: DataSource, ids: readonly string[]): Promise<Map<string, string[]>> {
    const ports = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return ports;
    const rows = await dataSource
      .getRepository(Crossing)
      .createQueryBuilder("seen")
      .select("seen.travellerId", "travellerId")
      .addSelect("seen.portCode", "portCode")
      .distinct(true)
      .where({ travellerId: In([...ids]) })
      .getRawMany<{ travellerId: string; portCode: string }>();
    for (const row of rows) ports.get(row.travellerId)?.push(row.portCode);
    return ports;
  }
}

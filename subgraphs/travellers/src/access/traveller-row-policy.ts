import { type AccessPolicy, type Place, SOUTHBOUND, forbiddenFilter } from "@frontera/auth";
import { type RowPlaces } from "@frontera/federation";
import { type DataSource, type ObjectLiteral, type SelectQueryBuilder, In } from "typeorm";
import { isSouthboundDriverCrossing } from "../crossing/crossing-counts";
import { Crossing, CrossingMode, Direction } from "../crossing/crossing.entity";
import { placeOfCrossingAt } from "./crossing-place";

export const TRAVELLER_SCOPES = ["traveller:identity:read", "traveller:document:read", "traveller:membership:read"];

/**
 * The rows of travellers one caller may see, as SQL and as checks (docs/security-model.md). A
 * crossing lives at its port and shows where traveller:identity:read holds. A person lives at the
 * ports of their crossings and of the trips they are reached through, and shows where one of the
 * traveller scopes holds there; each of their fields then needs its own scope at one of those ports.
 * A driver's southbound crossing is southbound trade: it lives at its port in that direction
 * (crossingPlace), so it shows, places its driver and counts only where a grant covering southbound
 * trade holds (docs/southbound.md).
 */
export class TravellerRowPolicy {
  readonly crossingPorts: string[] | null;
  /** Where a driver's southbound crossing shows: traveller:identity:read covering southbound trade. */
  readonly southboundDriverPorts: string[] | null;

  constructor(readonly policy: AccessPolicy) {
    this.crossingPorts = policy.portsWhere(["traveller:identity:read"]);
    this.southboundDriverPorts = policy.portsWhere(["traveller:identity:read"], SOUTHBOUND);
  }

  crossingVisible(crossing: Pick<Crossing, "portCode" | "mode" | "direction">): boolean {
    const ports = isSouthboundDriverCrossing(crossing) ? this.southboundDriverPorts : this.crossingPorts;
    return ports === null || ports.includes(crossing.portCode);
  }

  restrictCrossings<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    if (this.crossingPorts !== null) {
      if (this.crossingPorts.length === 0) query.andWhere("1 = 0");
      else query.andWhere(`${alias}.portCode IN (:...crossingPorts)`, { crossingPorts: this.crossingPorts });
    }
    const hidden = southboundDriversOutside(alias, this.crossingPorts, this.southboundDriverPorts, "crossing");
    if (hidden) query.andWhere(hidden.condition, hidden.parameters);
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
    // A driver seen only on southbound crossings is found only where the scope covers southbound.
    const hidden = southboundDriversOutside(name, ports, this.policy.portsWhere(scopes, SOUTHBOUND), name);
    query.andWhere(
      (outer) =>
        `${alias}.id IN ${outer
          .subQuery()
          .select(`${name}.travellerId`)
          .from(Crossing, name)
          .where(`${name}.portCode IN (:...${name}Ports)${hidden ? ` AND ${hidden.condition}` : ""}`)
          .getQuery()}`,
      { [`${name}Ports`]: ports, ...hidden?.parameters },
    );
  }

  /** A search key the caller holds no scope for would answer what the field refuses. */
  checkSearchKey(field: string, scope: string): void {
    if (this.policy.holdsAnywhere([scope])) return;
    throw forbiddenFilter(field, [scope], "a search answers what the field would show");
  }

  /** Places each of these people where they crossed (for partners; one statement). */
  async placeTravellers(dataSource: DataSource, travellers: ReadonlyArray<{ id: string }>, places: RowPlaces) {
    if (!this.policy.limited || travellers.length === 0) return;
    const placesOf = await this.crossingPlacesOf(
      dataSource,
      travellers.map((traveller) => traveller.id),
    );
    for (const traveller of travellers) places.add(traveller, placesOf.get(traveller.id) ?? []);
  }

  /**
   * The places each of these people crossed at (one statement for a whole batch): their ports, and
   * for a driver's southbound crossings the port in that direction (crossingPlace).
   */
  async crossingPlacesOf(dataSource: DataSource, ids: readonly string[]): Promise<Map<string, string[]>> {
    const placesOf = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return placesOf;
    const rows = await dataSource
      .getRepository(Crossing)
      .createQueryBuilder("seen")
      .select("seen.travellerId", "travellerId")
      .addSelect("seen.portCode", "portCode")
      .addSelect(
        "CASE WHEN seen.mode = :driverMode AND seen.direction = :southbound THEN 1 ELSE 0 END",
        "southboundDriver",
      )
      .setParameters({ driverMode: CrossingMode.COMMERCIAL_DRIVER, southbound: Direction.SOUTHBOUND })
      .distinct(true)
      .where({ travellerId: In([...ids]) })
      .getRawMany<{ travellerId: string; portCode: string; southboundDriver: number | string }>();
    for (const row of rows) {
      placesOf.get(row.travellerId)?.push(placeOfCrossingAt(row.portCode, Number(row.southboundDriver) === 1));
    }
    return placesOf;
  }
}

/**
 * The condition that hides drivers' southbound crossings at the ports where a grant reaches
 * crossings (`visible`) but not southbound trade (`southbound`); null when it would hide nothing.
 */
function southboundDriversOutside(
  alias: string,
  visible: readonly string[] | null,
  southbound: readonly string[] | null,
  name: string,
): { condition: string; parameters: Record<string, unknown> } | null {
  if (southbound === null) return null;
  if (visible !== null && visible.every((port) => southbound.includes(port))) return null;
  const parameters: Record<string, unknown> = {
    [`${name}DriverMode`]: CrossingMode.COMMERCIAL_DRIVER,
    [`${name}Southbound`]: Direction.SOUTHBOUND,
  };
  let outside = "";
  if (southbound.length > 0) {
    outside = ` AND ${alias}.portCode NOT IN (:...${name}SouthboundPorts)`;
    parameters[`${name}SouthboundPorts`] = [...southbound];
  }
  return {
    condition: `NOT (${alias}.mode = :${name}DriverMode AND ${alias}.direction = :${name}Southbound${outside})`,
    parameters,
  };
}

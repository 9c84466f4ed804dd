import { type Access, portsWhere } from "@frontera/auth";
import { type DataSource, type ObjectLiteral, type SelectQueryBuilder, In } from "typeorm";
import { Crossing } from "../crossing/crossing.entity";

export const TRAVELLER_SCOPES = ["traveller:identity:read", "traveller:document:read", "traveller:membership:read"];

/**
 * The rows of travellers a caller may see. A crossing shows at the ports of the caller's
 * traveller:identity:read grants. A person shows when one of the caller's traveller scopes holds
 * at a port where they crossed (every port for internal callers and port-less arrangements):
 * ANAM, holding identity at the UCP sites only, sees the drivers who crossed there.
 */
export class TravellerVisibility {
  readonly crossingPorts: string[] | null;
  readonly travellerPorts: string[] | null;

  constructor(access: Access) {
    this.crossingPorts = portsWhere(access, ["traveller:identity:read"]);
    // Without any traveller scope the rows stay addressable by id and every field is FORBIDDEN:
    // a driver reached from a shipment reads as "not yours to see", not as "does not exist".
    const anyTravellerScope = access.grants.some((grant) => TRAVELLER_SCOPES.includes(grant.scope));
    this.travellerPorts = anyTravellerScope ? portsWhere(access, TRAVELLER_SCOPES) : null;
  }

  restrictCrossings<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    if (this.crossingPorts === null) return;
    if (this.crossingPorts.length === 0) query.andWhere("1 = 0");
    else query.andWhere(`${alias}.portCode IN (:...crossingPorts)`, { crossingPorts: this.crossingPorts });
  }

  restrictTravellers<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    if (this.travellerPorts === null) return;
    if (this.travellerPorts.length === 0) {
      query.andWhere("1 = 0");
      return;
    }
    query.andWhere(
      (outer) =>
        `${alias}.id IN ${outer.subQuery().select("seen.travellerId").from(Crossing, "seen").where("seen.portCode IN (:...travellerPorts)").getQuery()}`,
      { travellerPorts: this.travellerPorts },
    );
  }

  /** Of these travellers, the ids the caller may see (one statement, for a whole batch). */
  async visibleTravellerIds(dataSource: DataSource, ids: string[]): Promise<Set<string>> {
    if (this.travellerPorts === null) return new Set(ids);
    if (this.travellerPorts.length === 0 || ids.length === 0) return new Set();
    const rows = await dataSource
      .getRepository(Crossing)
      .createQueryBuilder("seen")
      .select("DISTINCT seen.travellerId", "travellerId")
      .where({ travellerId: In(ids) })
      .andWhere("seen.portCode IN (:...travellerPorts)", { travellerPorts: this.travellerPorts })
      .getRawMany<{ travellerId: string }>();
    return new Set(rows.map((row) => row.travellerId));
  }
}

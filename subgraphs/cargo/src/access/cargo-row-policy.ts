import { type AccessPolicy, TRADE_DIRECTIONS, forbiddenFilter, tradePlace } from "@frontera/auth";
import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { type KeysetBranch } from "@frontera/federation";
import { HoldKind } from "@frontera/code-lists";
import { InspectionKind, JOINT_KINDS } from "../inspection/inspection.enums";
import { type KindRule, type ListedCells, kindRuleBranches } from "./kind-rule-branches";

export const INSPECTION_SCOPES = ["inspection:read", "inspection:joint:read", "inspection:agri:read"];

/** The inspection scopes that show an inspection of this kind (any one, at its port). */
export function inspectionScopesOf(kind: InspectionKind): string[] {
  const scopes = ["inspection:read"];
  if (JOINT_KINDS.includes(kind)) scopes.push("inspection:joint:read");
  if (kind === InspectionKind.AGRICULTURE) scopes.push("inspection:agri:read");
  return scopes;
}

export const HOLD_SCOPES = ["hold:read", "hold:agri:read"];

/** The hold scopes that show a hold of this kind (any one, at its port). */
export function holdScopesOf(kind: HoldKind): string[] {
  return kind === HoldKind.AGRICULTURAL ? ["hold:read", "hold:agri:read"] : ["hold:read"];
}

/** The scopes that place or release a hold of this kind (any one, at the shipment's port). */
export function holdWriteScopesOf(kind: HoldKind): string[] {
  return kind === HoldKind.AGRICULTURAL ? ["hold:write", "hold:agri:write"] : ["hold:write"];
}

/** A trade row: where and which way it crossed (docs/southbound.md). */
export interface TradeRow {
  portCode: string;
  direction: string;
}

/** Where a trade row lives, for AccessPolicy: its port in its direction. */
export const placeOfTrade = (row: TradeRow): string[] => [tradePlace(row.portCode, row.direction)];

const KINDS_OF_SCOPE: Record<string, readonly InspectionKind[] | null> = {
  "inspection:read": null,
  "inspection:joint:read": JOINT_KINDS,
  "inspection:agri:read": [InspectionKind.AGRICULTURE],
};

const HOLD_KINDS_OF_SCOPE: Record<string, readonly HoldKind[] | null> = {
  "hold:read": null,
  "hold:agri:read": [HoldKind.AGRICULTURAL],
};

function kindRules(policy: AccessPolicy, kindsOfScope: Record<string, readonly string[] | null>): KindRule[] {
  return TRADE_DIRECTIONS.flatMap((direction) =>
    Object.entries(kindsOfScope).map(([scope, kinds]) => ({
      kinds,
      direction,
      ports: policy.portsWhere([scope], direction),
    })),
  ).filter((rule) => rule.ports === null || rule.ports.length > 0);
}

/** Whether the rules show every row moving every way: then no condition is needed. */
function unrestricted(rules: KindRule[]): boolean {
  return TRADE_DIRECTIONS.every((direction) =>
    rules.some((rule) => rule.direction === direction && rule.kinds === null && rule.ports === null),
  );
}

/** Adds the rules to a query on `alias` as one OR of (kinds AND ports) clauses; `name` keeps parameters apart. */
function restrictByKindRules<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  alias: string,
  rules: KindRule[],
  name: string,
): void {
  if (unrestricted(rules)) return;
  if (rules.length === 0) {
    query.andWhere("1 = 0");
    return;
  }
  const parameters: Record<string, unknown> = {};
  const clauses = rules.map((rule, i) => {
    const parts = [`${alias}.direction = :${name}Direction${i}`];
    parameters[`${name}Direction${i}`] = rule.direction;
    if (rule.kinds) {
      parts.push(`${alias}.kind IN (:...${name}Kinds${i})`);
      parameters[`${name}Kinds${i}`] = rule.kinds;
    }
    if (rule.ports) {
      parts.push(`${alias}.portCode IN (:...${name}Ports${i})`);
      parameters[`${name}Ports${i}`] = rule.ports;
    }
    return `(${parts.join(" AND ")})`;
  });
  query.andWhere(`(${clauses.join(" OR ")})`, parameters);
}

/**
 * The rows of cargo one caller may see, as SQL and as checks on loaded rows: shipments and trips
 * at the ports where cargo:manifest:read holds; inspections of the kinds each inspection scope
 * shows, at the ports where that scope holds. Built from the request's AccessPolicy, the one
 * source of "which scope holds where" (docs/security-model.md).
 */
export class CargoRowPolicy {
  /** Per direction, the ports where cargo:manifest:read holds for trade moving that way (null: all). */
  private readonly manifestPortsByDirection: Map<string, string[] | null>;
  private readonly inspectionRules: KindRule[];
  private readonly holdRules: KindRule[];

  constructor(readonly policy: AccessPolicy) {
    this.manifestPortsByDirection = new Map(
      TRADE_DIRECTIONS.map((direction) => [direction, policy.portsWhere(["cargo:manifest:read"], direction)]),
    );
    this.inspectionRules = kindRules(policy, KINDS_OF_SCOPE);
    this.holdRules = kindRules(policy, HOLD_KINDS_OF_SCOPE);
  }

  /** The ports whose trips and shipments moving this way the caller sees: null for all, [] for none. */
  manifestPortsIn(direction: string): string[] | null {
    // null (every port) is an answer: only a direction never heard of shows nothing.
    const ports = this.manifestPortsByDirection.get(direction);
    return ports === undefined ? [] : ports;
  }

  /** Whether the caller sees this trip or shipment: manifest access at its port, in its direction. */
  tradeVisible(row: TradeRow): boolean {
    const ports = this.manifestPortsIn(row.direction);
    return ports === null || ports.includes(row.portCode);
  }

  inspectionVisible(inspection: { kind: InspectionKind } & TradeRow): boolean {
    return this.policy.holdsAt(inspectionScopesOf(inspection.kind), placeOfTrade(inspection));
  }

  /**
   * Cuts a query on trips or shipments (`alias` has portCode and direction) to those the caller
   * sees: per direction, the ports where its manifest scope covers that direction; nothing when
   * it sees every row. A direction filter is added by the caller beside it, never instead of it.
   */
  restrictTrade<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    const visible = TRADE_DIRECTIONS.map((direction) => ({ direction, ports: this.manifestPortsIn(direction) }));
    if (visible.every(({ ports }) => ports === null)) return;
    const parameters: Record<string, unknown> = {};
    const clauses = visible
      .filter(({ ports }) => ports === null || ports.length > 0)
      .map(({ direction, ports }, i) => {
        parameters[`visibleDirection${i}`] = direction;
        if (ports === null) return `${alias}.direction = :visibleDirection${i}`;
        parameters[`visiblePorts${i}`] = ports;
        return `(${alias}.direction = :visibleDirection${i} AND ${alias}.portCode IN (:...visiblePorts${i}))`;
      });
    query.andWhere(clauses.length ? `(${clauses.join(" OR ")})` : "1 = 0", parameters);
  }

  /** Adds the inspection rules to a query on `alias` as one OR of (kinds AND ports) clauses. */
  restrictInspections<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    restrictByKindRules(query, alias, this.inspectionRules, "rule");
  }

  /**
   * The parts a page of inspections is read in when the rules show only some kinds or ports
   * (null: read it whole). Each only narrows a query already cut by restrictInspections.
   */
  inspectionBranches(alias: string, listed: ListedCells): KeysetBranch[] | null {
    return unrestricted(this.inspectionRules) ? null : kindRuleBranches(this.inspectionRules, alias, listed);
  }

  /** Holds as inspections: `hold:read` every kind, `hold:agri:read` AGRICULTURAL, each where it holds. */
  restrictHolds<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    restrictByKindRules(query, alias, this.holdRules, "holdRule");
  }

  /** No hold scope anywhere: a hold lookup would find nothing, so none is sent. */
  readsNoHolds(): boolean {
    return this.holdRules.length === 0;
  }

  holdVisible(hold: { kind: HoldKind } & TradeRow): boolean {
    return this.policy.holdsAt(holdScopesOf(hold.kind), placeOfTrade(hold));
  }

  /** Whether the caller sees every hold of this trade row's port and direction. */
  seesEveryHoldAt(row: TradeRow): boolean {
    return this.policy.holdsAt(["hold:read"], placeOfTrade(row));
  }

  /** Whether the caller sees every inspection of this trade row's port and direction: then a shipment's stored status is its to read. */
  seesEveryInspectionAt(row: TradeRow): boolean {
    return this.policy.holdsAt(["inspection:read"], placeOfTrade(row));
  }

  /**
   * A shipment's stored status is derived from all its inspections and holds: filtering on it
   * would answer what the inspection and hold fields refuse. It needs inspection:read and
   * hold:read wherever the rows may be, in the direction asked for.
   */
  checkStatusFilter(portCode: string | undefined, direction: string): void {
    const everywhere = (scope: string) => this.policy.holdsWherever([scope], ["cargo:manifest:read"], direction);
    const allowed = portCode
      ? this.seesEveryInspectionAt({ portCode, direction }) && this.seesEveryHoldAt({ portCode, direction })
      : everywhere("inspection:read") && everywhere("hold:read");
    if (!allowed) {
      throw forbiddenFilter(
        "filter.status",
        ["inspection:read", "hold:read"],
        "at every port the shipments may be at, as a status comes from every inspection and hold",
      );
    }
  }
}

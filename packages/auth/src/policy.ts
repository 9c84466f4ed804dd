import { type Access, type Grant } from "./claims";
import { NORTHBOUND, TRADE_DIRECTIONS, parsePlace } from "./trade-direction";

/**
 * Where a row lives: the ports it belongs to, or EVERYWHERE for rows bound to no port (reference
 * data, and what a root query has already cut to the caller's ports). See docs/security-model.md.
 */
export type Place = readonly string[] | typeof EVERYWHERE;
export const EVERYWHERE = "everywhere";

/** Unions two places: a row reached along two paths lives at the ports of both. */
export function unionOfPlaces(a: Place | undefined, b: Place): Place {
  if (a === undefined) return b;
  if (a === EVERYWHERE || b === EVERYWHERE) return EVERYWHERE;
  if (b.every((port) => a.includes(port))) return a;
  return [...new Set([...a, ...b])];
}

/**
 * The one question every row filter and every field check of a subgraph asks: does one of these
 * scopes hold, for this caller, at this row's ports? A scope holds only at the ports of the
 * arrangement that grants it; internal and service callers hold their scopes everywhere.
 */
export class AccessPolicy {
  /** True for partners: their rows and fields are bound to the ports of their arrangements. */
  readonly limited: boolean;
  /** Per scope: true when it holds at every port, else the ports where it holds. */
  private readonly portsOfScope = new Map<string, true | Set<string>>();
  /** The same per direction, for trade rows (tradePlace): only grants covering that direction count. */
  private readonly portsOfScopeByDirection = new Map<string, Map<string, true | Set<string>>>();

  constructor(readonly access: Access) {
    this.limited = access.claims.kind === "partner";
    for (const direction of TRADE_DIRECTIONS) this.portsOfScopeByDirection.set(direction, new Map());
    for (const grant of access.grants) {
      addGrant(this.portsOfScope, grant);
      for (const direction of this.directionsOf(grant)) {
        const ports = this.portsOfScopeByDirection.get(direction);
        if (ports) addGrant(ports, grant);
      }
    }
  }

  /** A partner's grant without directions reaches northbound trade only; anyone else's, every direction. */
  private directionsOf(grant: Grant): readonly string[] {
    return grant.directions ?? (this.limited ? [NORTHBOUND] : TRADE_DIRECTIONS);
  }

  /** The scope map a place is read against: the direction's for a trade place, else the bare ports'. */
  private portsFor(direction: string | null | undefined): Map<string, true | Set<string>> {
    if (!direction) return this.portsOfScope;
    return this.portsOfScopeByDirection.get(direction) ?? new Map();
  }

  /** Whether one of these scopes holds at some port (a field the caller may never read fails fast). */
  holdsAnywhere(scopes: readonly string[]): boolean {
    return scopes.some((scope) => {
      const ports = this.portsOfScope.get(scope);
      return ports === true || (ports !== undefined && ports.size > 0);
    });
  }

  /**
   * Whether one of these scopes holds at one of the row's places: a bare port code, or a trade
   * row's port and direction (tradePlace), which only grants covering that direction reach.
   */
  holdsAt(scopes: readonly string[], place: Place): boolean {
    if (place === EVERYWHERE) return this.holdsAnywhere(scopes);
    return place.some((key) => {
      const { port, direction } = parsePlace(key);
      const portsOfScope = this.portsFor(direction);
      return scopes.some((scope) => {
        const ports = portsOfScope.get(scope);
        return ports === true || (ports !== undefined && ports.has(port));
      });
    });
  }

  /**
   * The ports where one of these scopes holds: null for every port, [] for none. Row filters start
   * here; trade rows ask per direction (only grants covering it count), other rows without one.
   */
  portsWhere(scopes: readonly string[], direction?: string): string[] | null {
    const portsOfScope = this.portsFor(direction);
    const found = new Set<string>();
    for (const scope of scopes) {
      const ports = portsOfScope.get(scope);
      if (ports === true) return null;
      if (ports) for (const port of ports) found.add(port);
    }
    return [...found].sort();
  }

  /** Whether these scopes hold at every port the caller's `within` scopes reach (filters need it). */
  holdsWherever(scopes: readonly string[], within: readonly string[], direction?: string): boolean {
    const needed = this.portsWhere(within, direction);
    const held = this.portsWhere(scopes, direction);
    if (held === null) return true;
    if (needed === null) return false;
    return needed.every((port) => held.includes(port));
  }
}

/** Adds a grant's ports to a scope → ports map: null ports make the scope hold everywhere. */
function addGrant(portsOfScope: Map<string, true | Set<string>>, grant: Grant): void {
  const known = portsOfScope.get(grant.scope);
  if (known === true) return;
  if (grant.ports === null) {
    portsOfScope.set(grant.scope, true);
    return;
  }
  const ports = known ?? new Set<string>();
  for (const port of grant.ports) ports.add(port);
  portsOfScope.set(grant.scope, ports);
}

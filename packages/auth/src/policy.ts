import { type Access } from "./claims";

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

  constructor(readonly access: Access) {
    this.limited = access.claims.kind === "partner";
    for (const grant of access.grants) {
      const known = this.portsOfScope.get(grant.scope);
      if (known === true) continue;
      if (grant.ports === null) {
        this.portsOfScope.set(grant.scope, true);
        continue;
      }
      const ports = known ?? new Set<string>();
      for (const port of grant.ports) ports.add(port);
      this.portsOfScope.set(grant.scope, ports);
    }
  }

  /** Whether one of these scopes holds at some port (a field the caller may never read fails fast). */
  holdsAnywhere(scopes: readonly string[]): boolean {
    return scopes.some((scope) => {
      const ports = this.portsOfScope.get(scope);
      return ports === true || (ports !== undefined && ports.size > 0);
    });
  }

  /** Whether one of these scopes holds at one of the row's ports. */
  holdsAt(scopes: readonly string[], place: Place): boolean {
    if (place === EVERYWHERE) return this.holdsAnywhere(scopes);
    return scopes.some((scope) => {
      const ports = this.portsOfScope.get(scope);
      return ports === true || (ports !== undefined && place.some((port) => ports.has(port)));
    });
  }

  /** The ports where one of these scopes holds: null for every port, [] for none. Row filters start here. */
  portsWhere(scopes: readonly string[]): string[] | null {
    const found = new Set<string>();
    for (const scope of scopes) {
      const ports = this.portsOfScope.get(scope);
      if (ports === true) return null;
      if (ports) for (const port of ports) found.add(port);
    }
    return [...found].sort();
  }

  /** Whether these scopes hold at every port the caller's `within` scopes reach (filters need it). */
  holdsWherever(scopes: readonly string[], within: readonly string[]): boolean {
    const needed = this.portsWhere(within);
    const held = this.portsWhere(scopes);
    if (held === null) return true;
    if (needed === null) return false;
    return needed.every((port) => held.includes(port));
  }
}

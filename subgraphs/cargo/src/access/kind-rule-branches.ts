import { type KeysetBranch } from "@frontera/federation";

/** Which rows one scope shows: these kinds (null: all) moving this way at these ports (null: all). */
export interface KindRule {
  kinds: readonly string[] | null;
  direction: string;
  ports: string[] | null;
}

/** What a list is narrowed to before the rules apply: one direction, perhaps one port or kind. */
export interface ListedCells {
  direction: string;
  portCode?: string | null;
  kind?: string | null;
}

// Each branch reads up to a page and one row: past this many, the branches would read more than
// the single range they replace is worth.
const MAX_BRANCHES = 24;

/**
 * The rules as disjoint (port, kind) cells of one direction, each an index range of (portCode,
 * direction, kind, startedAt, id) — or of (portCode, direction, startedAt, id) for a port where
 * every kind shows — so a page of a few rare kinds reads about a page per cell instead of every
 * row of the port until the page fills (docs/performance.md, "A partner's inspections").
 * Null when no split helps: the rules show every port (cells could not be listed) or nothing, or
 * there would be too many cells. The cells only narrow the query the rules are already in.
 */
export function kindRuleBranches(
  rules: readonly KindRule[],
  alias: string,
  listed: ListedCells,
): KeysetBranch[] | null {
  const applying = rules.filter(
    (rule) =>
      rule.direction === listed.direction &&
      (!listed.portCode || rule.ports === null || rule.ports.includes(listed.portCode)) &&
      (!listed.kind || rule.kinds === null || rule.kinds.includes(listed.kind)),
  );
  if (!listed.portCode && applying.some((rule) => rule.ports === null)) return null;
  const ports = listed.portCode ? [listed.portCode] : [...new Set(applying.flatMap((rule) => rule.ports!))].sort();
  const cells = ports.flatMap((port): Array<{ port: string; kind: string | null }> => {
    const here = applying.filter((rule) => rule.ports === null || rule.ports.includes(port));
    if (listed.kind || here.some((rule) => rule.kinds === null)) return here.length ? [{ port, kind: null }] : [];
    return [...new Set(here.flatMap((rule) => rule.kinds!))].sort().map((kind) => ({ port, kind }));
  });
  // One cell at the listed port with every kind is the list as it stands.
  const same = cells.length === 1 && cells[0].kind === null && listed.portCode;
  if (cells.length === 0 || cells.length > MAX_BRANCHES || same) return null;
  return cells.map(({ port, kind }, i) => ({
    where: `${alias}.portCode = :branchPort${i}${kind ? ` AND ${alias}.kind = :branchKind${i}` : ""}`,
    parameters: kind ? { [`branchPort${i}`]: port, [`branchKind${i}`]: kind } : { [`branchPort${i}`]: port },
  }));
}

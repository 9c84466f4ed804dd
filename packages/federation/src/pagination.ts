import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@frontera/config";
import { GraphQLError } from "graphql";

// The page sizes are config's: the gateway's cost estimate reads them too.
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field: argument } });
}

/** Checks `first` (or `last`): a page holds 0 to MAX_PAGE_SIZE rows, so no caller can ask for a whole table. */
export function checkPageSize(size: number, argument: "first" | "last" = "first"): number {
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(argument, `${argument} must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** A connection's arguments as a request gives them: forward (`first`, `after`) or backward (`last`, `before`). */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What to read: `size` rows from the start (or from `cursor`), or, `backward`, the `size` rows before the end (or `cursor`). */
export interface PageRequest {
  size: number;
  backward: boolean;
  cursor: { value: string; argument: "after" | "before" } | null;
}

/**
 * Relay's arguments, checked: one page size and one cursor at most. `first` with `last` would ask
 * for both ends of a window at once and `after` with `before` for a window between two cursors;
 * neither is offered, so both are refused rather than half obeyed.
 */
export function checkPageArguments({ first, after, last, before }: PageArguments): PageRequest {
  if (first != null && last != null)
    throw badInput("last", "last cannot be combined with first: page forward with first, backward with last");
  if (after && before)
    throw badInput("before", "before cannot be combined with after: page forward from after, backward from before");
  const backward = last != null;
  const size = backward ? checkPageSize(last, "last") : checkPageSize(first ?? DEFAULT_PAGE_SIZE, "first");
  const cursor = after
    ? { value: after, argument: "after" as const }
    : before
      ? { value: before, argument: "before" as const }
      : null;
  return { size, backward, cursor };
}

/**
 * Keyset cursors: the sort key of the last row seen, opaque to clients (base64url JSON). Row ids
 * that are personal data (document numbers) must never be used as sort keys here.
 */
export function encodeCursor(sortKey: Array<string | number>): string {
  return Buffer.from(JSON.stringify(sortKey)).toString("base64url");
}

export function decodeCursor(cursor: string, arity: number, argument = "after"): Array<string | number> {
  try {
    const sortKey: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(sortKey) &&
      sortKey.length === arity &&
      sortKey.every((part) => typeof part === "string" || typeof part === "number")
    ) {
      return sortKey as Array<string | number>;
    }
  } catch {
    // falls through to the error below: a malformed cursor is the caller's mistake
  }
  throw invalidCursorError(argument);
}

export function invalidCursorError(argument = "after"): GraphQLError {
  return badInput(argument, `${argument} is not a cursor returned by this connection`);
}

/** A cursor from this connection, taken under another order: its position means nothing here. */
export function cursorOrderError(argument = "after"): GraphQLError {
  return badInput(argument, `${argument} is a cursor of another order: page again from the start with this orderBy`);
}

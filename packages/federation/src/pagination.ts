import { GraphQLError } from "graphql";

export const MAX_PAGE_SIZE = 100;

function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field: argument } });
}

/** Checks `first`: a page holds 0 to MAX_PAGE_SIZE rows, so no caller can ask for a whole table. */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput("first", `first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/**
 * Keyset cursors: the sort key of the last row seen, opaque to clients (base64url JSON). Row ids
 * that are personal data (document numbers) must never be used as sort keys here.
 */
export function encodeCursor(sortKey: Array<string | number>): string {
  return Buffer.from(JSON.stringify(sortKey)).toString("base64url");
}

export function decodeCursor(cursor: string, arity: number): Array<string | number> {
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
  throw invalidCursorError();
}

export function invalidCursorError(argument = "after"): GraphQLError {
  return badInput(argument, `${argument} is not a cursor returned by this connection`);
}

/** A cursor from this connection, taken under another order: its position means nothing here. */
export function cursorOrderError(argument = "after"): GraphQLError {
  return badInput(argument, `${argument} is a cursor of another order: page again from the start with this orderBy`);
}

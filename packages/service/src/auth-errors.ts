import { GraphQLError } from "graphql";

/** 401 before anything runs: the request names nobody we trust. */
export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`not authenticated: ${reason}`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: new Map([["www-authenticate", "Bearer"]]) } },
  });
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? "");
  return match ? match[1] : null;
}

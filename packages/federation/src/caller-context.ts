import { type Access, AccessPolicy } from "@frontera/auth";
import { type AccessContext, RowPlaces } from "./access-rules";

/** What every subgraph's per-request context holds about its caller. */
export interface CallerContext extends AccessContext {
  /** What the caller may see, as the agreements subgraph resolved it. */
  access: Access;
  /** Which scope holds where, for this caller: every row filter and field check asks it. */
  policy: AccessPolicy;
  /** Recorded with every change: the token's subject. */
  actor: string;
}

/** The caller's part of a request context; each subgraph adds its loaders and row policy. */
export function callerContext(access: Access): CallerContext {
  return { access, policy: new AccessPolicy(access), places: new RowPlaces(), actor: access.claims.subject };
}

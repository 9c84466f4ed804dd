import { type ConsoleMeQuery, type Scope } from "@frontera/operations/src/generated/graphql";
import { createContext, useContext } from "react";

/** Who is signed in, as the graph answers `me`: pages offer what the effective scopes allow. */
export const MeContext = createContext<ConsoleMeQuery["me"] | null>(null);

export function useScopes(): readonly Scope[] {
  return useContext(MeContext)?.effectiveScopes ?? [];
}

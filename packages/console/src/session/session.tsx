import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type ConsoleSettings } from "../settings";
import { type TokenClaims, readTokenClaims } from "./token-claims";

// Kept for the browser tab only, as GraphiQL keeps its token: closing the tab forgets it.
const SESSION_KEY = "frontera.console.token";

/** Why the officer is at the sign-in page: never signed in, signed out, or the token ran out. */
export type SignedOutReason = "none" | "signed-out" | "expired";

interface Session {
  settings: ConsoleSettings;
  token: string | null;
  claims: TokenClaims | null;
  signedOutReason: SignedOutReason;
  signIn(token: string): void;
  signOut(reason?: SignedOutReason): void;
}

const SessionContext = createContext<Session | null>(null);

function storedToken(): string | null {
  const token = sessionStorage.getItem(SESSION_KEY);
  const claims = token ? readTokenClaims(token) : null;
  return claims && claims.expiresAt.getTime() > Date.now() ? token : null;
}

export function SessionProvider({ settings, children }: { settings: ConsoleSettings; children: ReactNode }) {
  const queries = useQueryClient();
  const [token, setToken] = useState(storedToken);
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>("none");
  const claims = useMemo(() => (token ? readTokenClaims(token) : null), [token]);

  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(SESSION_KEY, next);
    setToken(next);
  }, []);
  const signOut = useCallback(
    (reason: SignedOutReason = "signed-out") => {
      sessionStorage.removeItem(SESSION_KEY);
      // Nothing one officer saw stays for the next one.
      queries.clear();
      setSignedOutReason(reason);
      setToken(null);
    },
    [queries],
  );

  // A short-lived token: the console signs out when it expires rather than failing page by page.
  useEffect(() => {
    if (!claims) return;
    const timer = setTimeout(() => signOut("expired"), Math.max(0, claims.expiresAt.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [claims, signOut]);

  const session = useMemo(
    () => ({ settings, token, claims, signedOutReason, signIn, signOut }),
    [settings, token, claims, signedOutReason, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

import { type ApolloServerPlugin } from "@apollo/server";
import { documentAllowed } from "@frontera/auth";
import { GraphQLError } from "graphql";
import { asksOnlyIntrospection } from "../contracts/introspection-by-contract";
import { type ServedScopes } from "../scopes/served-scopes";
import { type GatewayContext } from "../auth/gateway-context";
import { scopesReadBy } from "./document-scopes";

/** Who may send only registered documents: nobody (off), partner tokens, or every caller. */
export type TrustedDocumentsMode = "off" | "partners" | "all";
export const TRUSTED_DOCUMENTS_MODES = ["off", "partners", "all"] as const;

function refused(code: "DOCUMENT_NOT_REGISTERED" | "DOCUMENT_NOT_ALLOWED", message: string) {
  return new GraphQLError(message, { extensions: { code, http: { status: 403 } } });
}

/**
 * Decides, once the operation is known and before anything runs, whether this caller may run this
 * document: under TRUSTED_DOCUMENTS only registered documents (by id, or by their very text), and
 * for a partner, only what its arrangements' document lists allow (documentAllowed). A refused
 * request gets one error and no data, and discloses nothing. Introspection alone is let through:
 * it answers the caller's own contract, which GET /schema.graphql gives anyway.
 */
export function trustedDocuments(
  mode: TrustedDocumentsMode,
  servedScopes: ServedScopes,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, schema }) {
          if (!operation || asksOnlyIntrospection(operation)) return;
          const { access, document: registered } = contextValue;
          const partner = access.claims.kind === "partner";
          if (!registered && (mode === "all" || (mode === "partners" && partner))) {
            throw refused(
              "DOCUMENT_NOT_REGISTERED",
              "only registered documents run here: send a documentId from the manifest, or a registered text",
            );
          }
          if (
            !documentAllowed(access, registered?.id ?? null, () =>
              scopesReadBy(schema, servedScopes.of(schema), document),
            )
          ) {
            throw refused(
              "DOCUMENT_NOT_ALLOWED",
              "your arrangements allow only the registered documents they list; this is not one of them",
            );
          }
        },
      };
    },
  };
}

import { type Access } from "./claims";

/**
 * Whether a partner may run a document under its arrangements' document lists (an arrangement
 * restricted to registered documents: its purpose made executable). The rule, per arrangement:
 * a document may read an arrangement's scopes only if the arrangement allows it (no list, or a list
 * naming it). So the document is refused when
 * - a restricted arrangement that does not list it grants a scope the document could read, or
 * - every arrangement of the partner is restricted and none lists it (nothing else runs at all).
 * A document the lists allow still reads each scope only at its arrangement's ports. Unregistered
 * text has no id and so is in no list. See docs/security-model.md, "Trusted documents".
 */
export function documentAllowed(
  access: Access,
  documentId: string | null,
  /** The scopes the document could read: every scope some field it selects is open to. */
  scopesRead: () => ReadonlySet<string>,
): boolean {
  if (access.claims.kind !== "partner") return true;
  const restricted = access.grants.filter((grant) => grant.documentIds);
  if (!restricted.length) return true;
  const lists = (grant: (typeof restricted)[number]) => documentId !== null && grant.documentIds!.includes(documentId);
  if (restricted.length === access.grants.length && !restricted.some(lists)) return false;
  const read = scopesRead();
  return restricted.every((grant) => lists(grant) || !read.has(grant.scope));
}

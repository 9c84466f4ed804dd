import { type Scope } from "@frontera/operations/src/generated/graphql";

/** Which scope opens which page: the nav shows only pages the token can use. */
export const PAGE_SCOPES = {
  port: "REFERENCE_READ",
  shipment: "CARGO_MANIFEST_READ",
  traveller: "TRAVELLER_IDENTITY_READ",
  arrangements: "REFERENCE_READ",
  disclosures: "AUDIT_READ",
} as const satisfies Record<string, Scope>;

export type Page = keyof typeof PAGE_SCOPES;

export function pagesOpenTo(scopes: readonly Scope[]): Page[] {
  return (Object.keys(PAGE_SCOPES) as Page[]).filter((page) => scopes.includes(PAGE_SCOPES[page]));
}

/** Where a signed-in officer starts: what their role is for. */
export function landingPage(scopes: readonly Scope[]): Page | null {
  if (scopes.includes("AUDIT_READ")) return "disclosures";
  if (scopes.includes("AGREEMENTS_WRITE")) return "arrangements";
  return pagesOpenTo(scopes)[0] ?? null;
}

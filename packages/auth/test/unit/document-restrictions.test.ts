import { type Access, type Grant } from "../../src/claims";
import { documentAllowed } from "../../src/document-restrictions";

const DOSSIER = "d".repeat(64);
const PROFILE = "p".repeat(64);

function partner(grants: Grant[]): Access {
  return {
    claims: { issuer: "i", subject: "s", agency: "ANAM", kind: "partner", scopes: [], jti: "j", expiresAt: 0 },
    effectiveScopes: [...new Set(grants.map((grant) => grant.scope))],
    grants,
    arrangementIds: [...new Set(grants.map((grant) => grant.arrangementId!))],
  };
}

const grant = (scope: string, arrangementId: string, documentIds: string[] | null = null): Grant => ({
  scope,
  ports: null,
  arrangementId,
  documentIds,
});
const reads =
  (...scopes: string[]) =>
  () =>
    new Set(scopes);

describe("documentAllowed", () => {
  it("lets anything through for a partner without restricted arrangements, and for internal callers", () => {
    expect(documentAllowed(partner([grant("cargo:manifest:read", "a")]), null, reads("cargo:manifest:read"))).toBe(
      true,
    );
    const internal = { ...partner([]), claims: { ...partner([]).claims, kind: "internal" as const } };
    expect(documentAllowed(internal, null, reads("cargo:manifest:read"))).toBe(true);
  });

  it("under one restricted arrangement, allows only its listed documents, even ones reading nothing of it", () => {
    const access = partner([grant("cargo:manifest:read", "a", [DOSSIER]), grant("reference:read", "a", [DOSSIER])]);
    expect(documentAllowed(access, DOSSIER, reads("cargo:manifest:read"))).toBe(true);
    expect(documentAllowed(access, PROFILE, reads("cargo:manifest:read"))).toBe(false);
    expect(documentAllowed(access, null, reads())).toBe(false);
  });

  it("with an unrestricted arrangement too, refuses only documents that could read the restricted one's scopes", () => {
    const access = partner([grant("cargo:manifest:read", "a", [DOSSIER]), grant("traveller:membership:read", "b")]);
    expect(documentAllowed(access, null, reads("traveller:membership:read"))).toBe(true);
    expect(documentAllowed(access, null, reads("traveller:membership:read", "cargo:manifest:read"))).toBe(false);
    expect(documentAllowed(access, DOSSIER, reads("traveller:membership:read", "cargo:manifest:read"))).toBe(true);
  });

  it("a document reading two restricted arrangements' scopes must be listed by both", () => {
    const access = partner([
      grant("cargo:manifest:read", "a", [DOSSIER]),
      grant("traveller:membership:read", "c", [PROFILE]),
    ]);
    expect(documentAllowed(access, DOSSIER, reads("cargo:manifest:read"))).toBe(true);
    expect(documentAllowed(access, DOSSIER, reads("cargo:manifest:read", "traveller:membership:read"))).toBe(false);
    expect(documentAllowed(access, PROFILE, reads("traveller:membership:read"))).toBe(true);
  });
});

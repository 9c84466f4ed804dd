import { AccessPolicy, type ArrangementTerms, type Claims, computeAccess } from "../../src";

const partner = (scopes: string[]): Claims => ({
  issuer: "i",
  subject: "s",
  agency: "ANAM",
  kind: "partner",
  scopes,
  jti: "j",
  expiresAt: 0,
});

describe("computeAccess", () => {
  const arrangements: ArrangementTerms[] = [
    { id: "everywhere", scopes: ["cargo:manifest:read", "reference:read"], ports: null },
    { id: "ucp-only", scopes: ["traveller:identity:read", "inspection:joint:read"], ports: ["2304", "2604"] },
  ];

  it("binds each scope to the ports of the arrangement that grants it, never the union", () => {
    const access = computeAccess(
      partner(["cargo:manifest:read", "traveller:identity:read", "reference:read"]),
      arrangements,
    );

    expect(new AccessPolicy(access).portsWhere(["cargo:manifest:read"])).toBeNull();
    expect(new AccessPolicy(access).portsWhere(["traveller:identity:read"])).toEqual(["2304", "2604"]);
    expect(access.effectiveScopes).toEqual(["cargo:manifest:read", "reference:read", "traveller:identity:read"]);
  });

  it("gives a partner nothing its token does not ask for, and nothing without an arrangement", () => {
    expect(computeAccess(partner(["reference:read"]), arrangements).effectiveScopes).toEqual(["reference:read"]);
    expect(computeAccess(partner(["risk:read"]), arrangements).effectiveScopes).toEqual([]);
    expect(computeAccess(partner(["cargo:manifest:read"]), []).effectiveScopes).toEqual([]);
  });

  it("holds an internal caller's scopes at every port", () => {
    const access = computeAccess({ ...partner(["risk:read"]), kind: "internal" }, []);
    expect(access.grants).toEqual([{ scope: "risk:read", ports: null, arrangementId: null }]);
  });

  it("grants nothing through an arrangement that lists ports but holds none: empty is never every port", () => {
    const access = computeAccess(partner(["cargo:manifest:read", "reference:read"]), [
      { id: "listed-but-empty", scopes: ["cargo:manifest:read", "reference:read"], ports: [] },
    ]);
    expect(access.effectiveScopes).toEqual([]);
    expect(access.grants).toEqual([]);
    expect(access.arrangementIds).toEqual([]);
    expect(new AccessPolicy(access).portsWhere(["cargo:manifest:read"])).toEqual([]);
  });

  it("carries each arrangement's directions on its grants: northbound only when it states none", () => {
    const access = computeAccess(partner(["cargo:manifest:read"]), [
      { id: "customs", scopes: ["cargo:manifest:read"], ports: null, directions: ["NORTHBOUND", "SOUTHBOUND"] },
      { id: "ucp", scopes: ["cargo:manifest:read"], ports: ["2304"] },
    ]);
    expect(access.grants.map((grant) => [grant.arrangementId, grant.directions])).toEqual([
      ["customs", ["NORTHBOUND", "SOUTHBOUND"]],
      ["ucp", ["NORTHBOUND"]],
    ]);
  });
});

import { type Access } from "@frontera/auth";
import { RowPlaces, callerContext } from "../../src";

const access = (kind: "partner" | "internal"): Access => ({
  claims: {
    issuer: "frontera",
    subject: `${kind}-officer`,
    agency: kind === "partner" ? "ANAM" : "CBP",
    kind,
    scopes: ["cargo:manifest:read"],
    jti: "j-1",
    expiresAt: 0,
  },
  effectiveScopes: ["cargo:manifest:read"],
  grants: [{ scope: "cargo:manifest:read", ports: kind === "partner" ? ["2304"] : null, arrangementId: null }],
  arrangementIds: [],
});

describe("callerContext", () => {
  it("records changes as the token's subject and decides through one policy of this access", () => {
    const partner = callerContext(access("partner"));
    expect(partner.actor).toBe("partner-officer");
    expect(partner.access).toEqual(access("partner"));
    expect(partner.policy.access).toBe(partner.access);
    expect(partner.policy.limited).toBe(true);
    expect(callerContext(access("internal")).policy.limited).toBe(false);
  });

  it("gives every request its own row places: a place learnt in one never leaks into another", () => {
    const row = {};
    const first = callerContext(access("partner"));
    const second = callerContext(access("partner"));
    expect(first.places).toBeInstanceOf(RowPlaces);
    first.places.add(row, ["2304"]);
    expect(first.places.get(row)).toBeDefined();
    expect(second.places.get(row)).toBeUndefined();
  });
});

import { AccessPolicy, type Claims, EVERYWHERE, type Grant, type Place, tradePlace, unionOfPlaces } from "../../src";

const claims = (kind: Claims["kind"]): Claims => ({
  issuer: "i",
  subject: "s",
  agency: kind === "partner" ? "ANAM" : "CBP",
  kind,
  scopes: [],
  jti: "j",
  expiresAt: 0,
});

const policy = (kind: Claims["kind"], grants: Grant[]) =>
  new AccessPolicy({
    claims: claims(kind),
    grants,
    effectiveScopes: [...new Set(grants.map((grant) => grant.scope))],
    arrangementIds: [],
  });

// ANAM's two default arrangements: manifest and commercial data everywhere, identity and
// conveyances at the UCP sites only.
const anam = policy("partner", [
  { scope: "cargo:manifest:read", ports: null, arrangementId: "customs" },
  { scope: "cargo:commercial:read", ports: null, arrangementId: "customs" },
  { scope: "cargo:manifest:read", ports: ["2304", "2506"], arrangementId: "ucp" },
  { scope: "traveller:identity:read", ports: ["2304", "2506"], arrangementId: "ucp" },
  { scope: "cargo:conveyance:read", ports: ["2304", "2506"], arrangementId: "ucp" },
]);
const internal = policy("internal", [{ scope: "traveller:identity:read", ports: null, arrangementId: null }]);
const nothing = policy("partner", []);

describe("AccessPolicy.holdsAt: a scope holds only at the ports of the arrangement granting it", () => {
  const cases: Array<[string, AccessPolicy, string[], Place, boolean]> = [
    ["identity at a UCP port", anam, ["traveller:identity:read"], ["2304"], true],
    ["identity at Brownsville, outside the UCP arrangement", anam, ["traveller:identity:read"], ["2301"], false],
    ["conveyance where another arrangement grants manifest only", anam, ["cargo:conveyance:read"], ["2305"], false],
    ["manifest anywhere (granted at every port)", anam, ["cargo:manifest:read"], ["2305"], true],
    ["a person who crossed at a UCP port and elsewhere", anam, ["traveller:identity:read"], ["2305", "2506"], true],
    ["a row with no port at all", anam, ["traveller:identity:read"], [], false],
    ["any of several scopes, one holding", anam, ["inspection:read", "cargo:conveyance:read"], ["2304"], true],
    ["a scope never granted", anam, ["risk:read"], EVERYWHERE, false],
    ["reference rows: a scope held somewhere", anam, ["traveller:identity:read"], EVERYWHERE, true],
    ["internal callers hold their scopes at every port", internal, ["traveller:identity:read"], ["9999"], true],
    ["internal callers still need the scope", internal, ["risk:read"], ["2304"], false],
    ["a partner without grants", nothing, ["cargo:manifest:read"], ["2304"], false],
  ];
  it.each(cases)("%s", (_name, subject, scopes, place, expected) => {
    expect(subject.holdsAt(scopes, place)).toBe(expected);
  });
});

describe("AccessPolicy", () => {
  it("lists the ports where scopes hold: null for every port, [] for none", () => {
    expect(anam.portsWhere(["traveller:identity:read"])).toEqual(["2304", "2506"]);
    expect(anam.portsWhere(["cargo:manifest:read"])).toBeNull();
    expect(anam.portsWhere(["risk:read"])).toEqual([]);
  });

  it("binds partners' rows to ports, not internal callers'", () => {
    expect(anam.limited).toBe(true);
    expect(internal.limited).toBe(false);
  });

  it("tells whether a filter's scope holds wherever the rows it filters may be", () => {
    expect(anam.holdsWherever(["cargo:commercial:read"], ["cargo:manifest:read"])).toBe(true);
    expect(anam.holdsWherever(["traveller:identity:read"], ["cargo:manifest:read"])).toBe(false);
    expect(anam.holdsWherever(["risk:read"], ["traveller:identity:read"])).toBe(false);
  });

  it("unions places: a row reached along two paths lives at both", () => {
    expect(unionOfPlaces(undefined, ["2304"])).toEqual(["2304"]);
    expect(unionOfPlaces(["2304"], ["2305"])).toEqual(["2304", "2305"]);
    expect(unionOfPlaces(["2304"], EVERYWHERE)).toBe(EVERYWHERE);
  });
});

describe("AccessPolicy: trade rows live at their port in their direction (docs/southbound.md)", () => {
  // ANAM's customs arrangement covers both directions; its UCP one keeps the default, northbound.
  const anamBothWays = policy("partner", [
    { scope: "cargo:manifest:read", ports: null, arrangementId: "customs", directions: ["NORTHBOUND", "SOUTHBOUND"] },
    { scope: "cargo:conveyance:read", ports: ["2304"], arrangementId: "ucp" },
  ]);
  const south = (port: string) => [tradePlace(port, "SOUTHBOUND")];
  const north = (port: string) => [tradePlace(port, "NORTHBOUND")];

  it("reaches a trade place only through a grant covering its direction", () => {
    expect(anamBothWays.holdsAt(["cargo:manifest:read"], south("2304"))).toBe(true);
    expect(anamBothWays.holdsAt(["cargo:conveyance:read"], north("2304"))).toBe(true);
    expect(anamBothWays.holdsAt(["cargo:conveyance:read"], south("2304"))).toBe(false);
  });

  it("reads a partner's grant without directions as northbound only, an internal caller's as every direction", () => {
    expect(anam.holdsAt(["cargo:manifest:read"], north("2305"))).toBe(true);
    expect(anam.holdsAt(["cargo:manifest:read"], south("2305"))).toBe(false);
    expect(anam.portsWhere(["cargo:manifest:read"], "SOUTHBOUND")).toEqual([]);
    expect(internal.holdsAt(["traveller:identity:read"], south("2305"))).toBe(true);
    expect(internal.portsWhere(["traveller:identity:read"], "SOUTHBOUND")).toBeNull();
  });

  it("keeps a bare port code direction-free: every grant at the port reaches it", () => {
    expect(anamBothWays.holdsAt(["cargo:conveyance:read"], ["2304"])).toBe(true);
    expect(anamBothWays.portsWhere(["cargo:conveyance:read"])).toEqual(["2304"]);
  });

  it("lists the ports per direction", () => {
    expect(anamBothWays.portsWhere(["cargo:manifest:read"], "SOUTHBOUND")).toBeNull();
    expect(anamBothWays.portsWhere(["cargo:conveyance:read"], "SOUTHBOUND")).toEqual([]);
    expect(anamBothWays.portsWhere(["cargo:conveyance:read"], "NORTHBOUND")).toEqual(["2304"]);
  });
});

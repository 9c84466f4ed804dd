import { AccessPolicy, type Claims, type Grant } from "@frontera/auth";
import { TravellerRowPolicy } from "../../src/access/traveller-row-policy";
import { crossingPlace } from "../../src/access/crossing-place";
import { CrossingMode, Direction } from "../../src/crossing/crossing.entity";

// A driver's southbound crossing is southbound trade (docs/southbound.md): only a grant covering
// that direction at its port shows it; everyone else's crossings show wherever a grant is.

const rowsOf = (kind: Claims["kind"], grants: Grant[]) =>
  new TravellerRowPolicy(
    new AccessPolicy({
      claims: { issuer: "i", subject: "s", agency: "ANAM", kind, scopes: [], jti: "j", expiresAt: 0 },
      grants,
      effectiveScopes: [...new Set(grants.map((grant) => grant.scope))],
      arrangementIds: [],
    }),
  );

const identity = (ports: string[] | null, directions?: Direction[]): Grant => ({
  scope: "traveller:identity:read",
  ports,
  arrangementId: "a",
  ...(directions ? { directions } : {}),
});

const driver = (direction: Direction) => ({ portCode: "2304", mode: CrossingMode.COMMERCIAL_DRIVER, direction });
const pedestrian = { portCode: "2304", mode: CrossingMode.PEDESTRIAN, direction: Direction.SOUTHBOUND };

describe("a crossing's place and visibility", () => {
  it("places a driver's southbound crossing at its port in that direction, any other at the bare port", () => {
    expect(crossingPlace(driver(Direction.SOUTHBOUND))).toBe("2304/SOUTHBOUND");
    expect(crossingPlace(driver(Direction.NORTHBOUND))).toBe("2304");
    expect(crossingPlace(pedestrian)).toBe("2304");
  });

  it("hides a driver's southbound crossing from a northbound-only grant at the port, and shows the rest", () => {
    const ucp = rowsOf("partner", [identity(["2304"])]);
    expect(ucp.crossingVisible(driver(Direction.SOUTHBOUND))).toBe(false);
    expect(ucp.crossingVisible(driver(Direction.NORTHBOUND))).toBe(true);
    expect(ucp.crossingVisible(pedestrian)).toBe(true);
    expect(ucp.southboundDriverPorts).toEqual([]);
  });

  it("shows it under a grant covering southbound there, and to internal callers", () => {
    const both = rowsOf("partner", [identity(["2304"], [Direction.NORTHBOUND, Direction.SOUTHBOUND])]);
    expect(both.crossingVisible(driver(Direction.SOUTHBOUND))).toBe(true);
    const internal = rowsOf("internal", [identity(null)]);
    expect(internal.crossingVisible(driver(Direction.SOUTHBOUND))).toBe(true);
    expect(internal.southboundDriverPorts).toBeNull();
  });
});

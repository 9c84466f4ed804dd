import { AccessPolicy, type Grant } from "@frontera/auth";
import { Direction } from "@frontera/federation";
import { checkManifestWrite } from "../../src/trip/trip-manifest.rules";

// submitTripManifest files where cargo:write holds at the trip's port in its direction. No
// arrangement grants cargo:write; were one ever to, it would file only where it covers.

const policyOf = (kind: "partner" | "internal", grants: Grant[]) =>
  new AccessPolicy({
    claims: { issuer: "i", subject: "s", agency: "ANAM", kind, scopes: [], jti: "j", expiresAt: 0 },
    grants,
    effectiveScopes: ["cargo:write"],
    arrangementIds: [],
  });

describe("checkManifestWrite", () => {
  it("refuses a southbound trip to a grant covering the port northbound only, and a port it does not cover", () => {
    const policy = policyOf("partner", [{ scope: "cargo:write", ports: ["2304"], arrangementId: "a" }]);
    expect(() => checkManifestWrite({ policy }, { portCode: "2304", direction: Direction.NORTHBOUND })).not.toThrow();
    expect(() => checkManifestWrite({ policy }, { portCode: "2304", direction: Direction.SOUTHBOUND })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    );
    expect(() => checkManifestWrite({ policy }, { portCode: "2506", direction: Direction.NORTHBOUND })).toThrow();
  });

  it("lets an internal caller holding cargo:write file both directions anywhere", () => {
    const policy = policyOf("internal", [{ scope: "cargo:write", ports: null, arrangementId: null }]);
    for (const direction of [Direction.NORTHBOUND, Direction.SOUTHBOUND]) {
      expect(() => checkManifestWrite({ policy }, { portCode: "2506", direction })).not.toThrow();
    }
  });
});

import { cacheAudience, isShareable, parseCachePolicy } from "../../../src/cache/reference-cache";
import { partnerAccess } from "../partner-access";

describe("what the reference cache keeps, and for whom", () => {
  it("reads Cache-Control as Apollo's data source does", () => {
    expect(parseCachePolicy("public, max-age=60")).toEqual({ maxAge: 60, scope: "PUBLIC" });
    expect(parseCachePolicy("max-age=60, private")).toEqual({ maxAge: 60, scope: "PRIVATE" });
    expect(parseCachePolicy(undefined)).toEqual({ maxAge: 0 });
  });

  it("keeps only answers public for a while", () => {
    expect(isShareable({ maxAge: 60, scope: "PUBLIC" })).toBe(true);
    expect(isShareable({ maxAge: 0, scope: "PUBLIC" })).toBe(false);
    expect(isShareable({ maxAge: 60, scope: "PRIVATE" })).toBe(false);
    expect(isShareable({ maxAge: 60 })).toBe(false);
  });

  it("shares entries only between callers of one kind, agency and set of scopes", () => {
    const anam = cacheAudience(partnerAccess(["reference:read", "cargo:manifest:read"]));
    expect(cacheAudience(partnerAccess(["cargo:manifest:read", "reference:read"]))).toBe(anam);
    expect(cacheAudience(partnerAccess(["reference:read"]))).not.toBe(anam);
    expect(cacheAudience(partnerAccess(["reference:read", "cargo:manifest:read"], { agency: "SENASICA" }))).not.toBe(
      anam,
    );
  });
});

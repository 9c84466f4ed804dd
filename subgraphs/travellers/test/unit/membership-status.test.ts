import { MembershipStatus } from "@frontera/code-lists";
import { isActiveOn, membershipStatusOn } from "../../src/membership/membership-status";

const on = new Date("2026-12-07T05:00:00Z");

describe("a membership's status on a day", () => {
  it("is ACTIVE through its validUntil day and EXPIRED the day after, whatever was stored", () => {
    expect(membershipStatusOn({ status: MembershipStatus.ACTIVE, validUntil: "2026-12-07" }, on)).toBe("ACTIVE");
    expect(membershipStatusOn({ status: MembershipStatus.ACTIVE, validUntil: "2026-12-06" }, on)).toBe("EXPIRED");
    expect(isActiveOn({ status: MembershipStatus.ACTIVE, validUntil: "2026-12-06" }, on)).toBe(false);
  });

  it("keeps a status someone set (suspended, revoked) before and after expiry", () => {
    for (const status of [MembershipStatus.SUSPENDED, MembershipStatus.REVOKED, MembershipStatus.EXPIRED]) {
      expect(membershipStatusOn({ status, validUntil: "2030-01-01" }, on)).toBe(status);
      expect(membershipStatusOn({ status, validUntil: "2020-01-01" }, on)).toBe(status);
    }
  });
});

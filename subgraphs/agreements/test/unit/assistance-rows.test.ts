import { type Access, AccessPolicy } from "@frontera/auth";
import { AssistanceRows } from "../../src/assistance/assistance-rows";
import { AssistanceDirection } from "../../src/assistance/assistance.enums";

function rowsOf(agency: string, kind: "partner" | "internal", grants: Array<[string, string[] | null]>) {
  const access: Access = {
    claims: { issuer: "t", subject: "t", agency, kind, scopes: [], jti: "t", expiresAt: 0 },
    effectiveScopes: grants.map(([scope]) => scope),
    grants: grants.map(([scope, ports]) => ({ scope, ports, arrangementId: "a" })),
    arrangementIds: ["a"],
  };
  return new AssistanceRows(new AccessPolicy(access), agency);
}

const toAnamAtLaredo = { requesterCode: "CBP", addresseeCode: "ANAM", portCode: "2304" };
const toSenasica = { requesterCode: "CBP", addresseeCode: "SENASICA", portCode: "2304" };

describe("who sees an assistance request", () => {
  it("shows the addressee its request where its respond scope holds, and nowhere else", () => {
    const anam = rowsOf("ANAM", "partner", [["enforcement:respond", ["2304"]]]);
    expect(anam.visible(toAnamAtLaredo)).toBe(true);
    expect(anam.visible({ ...toAnamAtLaredo, portCode: "2604" })).toBe(false);
    expect(anam.visible(toSenasica)).toBe(false);
    expect(anam.actsAs(AssistanceDirection.RECEIVED, toAnamAtLaredo)).toBe(true);
    expect(anam.actsAs(AssistanceDirection.SENT, toAnamAtLaredo)).toBe(false);
  });

  it("does not show a request to its addressee through the request scope, nor to its requester through the respond scope", () => {
    expect(rowsOf("ANAM", "partner", [["enforcement:request", null]]).visible(toAnamAtLaredo)).toBe(false);
    expect(rowsOf("CBP", "internal", [["enforcement:respond", null]]).visible(toAnamAtLaredo)).toBe(false);
  });

  it("binds internal callers to their own agency too", () => {
    const cbp = rowsOf("CBP", "internal", [
      ["enforcement:request", null],
      ["enforcement:respond", null],
    ]);
    expect(cbp.visible(toAnamAtLaredo)).toBe(true);
    expect(cbp.directionOf(toAnamAtLaredo)).toBe(AssistanceDirection.SENT);
    expect(rowsOf("INM", "internal", [["enforcement:request", null]]).visible(toAnamAtLaredo)).toBe(false);
  });
});

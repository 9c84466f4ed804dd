import { type Claims } from "@frontera/auth";
import { rateLimiter } from "../../../src/limits/rate-limit";

const claims = (agency: string, jti: string, issuer = "https://frontera.test"): Claims => ({
  issuer,
  subject: "analyst",
  agency,
  kind: "partner",
  scopes: [],
  jti,
  expiresAt: 0,
});

async function outcomes(consume: (claims: Claims) => Promise<void>, callers: Claims[]) {
  const seen: string[] = [];
  for (const caller of callers) {
    seen.push(
      await consume(caller).then(
        () => "ok",
        (error: { extensions: { code: string } }) => error.extensions.code,
      ),
    );
  }
  return seen;
}

describe("rate limits in this process's memory (no Redis)", () => {
  const report = jest.fn();

  it("gives each token its own budget, keyed by issuer and jti", async () => {
    const { consume } = rateLimiter({ perToken: 2, perAgency: 100 }, report);
    const a = claims("ANAM", "jti-a");
    const sameJtiOtherIssuer = claims("ANAM", "jti-a", "https://login.example");
    expect(await outcomes(consume, [a, a, a, sameJtiOtherIssuer])).toEqual(["ok", "ok", "RATE_LIMITED", "ok"]);
  });

  it("shares one budget between every token of an agency, and none between agencies", async () => {
    const { consume } = rateLimiter({ perToken: 100, perAgency: 3 }, report);
    const anam = ["1", "2", "3", "4"].map((jti) => claims("ANAM", jti));
    expect(await outcomes(consume, [...anam, claims("SENASICA", "5")])).toEqual([
      "ok",
      "ok",
      "ok",
      "RATE_LIMITED",
      "ok",
    ]);
  });

  it("answers a spent budget with 429 and when to retry", async () => {
    const { consume } = rateLimiter({ perToken: 1, perAgency: 100 }, report);
    await consume(claims("ANAM", "x"));
    const refusal = await consume(claims("ANAM", "x")).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      extensions: { code: "RATE_LIMITED", http: { status: 429 }, retryAfterSeconds: expect.any(Number) },
    });
    const { retryAfterSeconds, http } = (
      refusal as { extensions: { retryAfterSeconds: number; http: { headers: Map<string, string> } } }
    ).extensions;
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(http.headers.get("retry-after")).toBe(String(retryAfterSeconds));
  });

  it("reports no Redis failure when it was given no Redis", () => {
    expect(report).not.toHaveBeenCalled();
  });
});

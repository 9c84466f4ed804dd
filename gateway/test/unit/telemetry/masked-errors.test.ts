import { GraphQLError } from "graphql";
import { type Logger } from "../../../src/telemetry/logger";
import { isMasked, logMaskedErrors } from "../../../src/telemetry/masked-errors";

function plugin() {
  const lines: Array<Record<string, unknown>> = [];
  const log = { error: (details: Record<string, unknown>) => lines.push(details) } as unknown as Logger;
  return { hooks: logMaskedErrors(log), lines };
}

const bug = () => {
  const cause = new TypeError("Cannot read properties of undefined (reading 'port')");
  return new GraphQLError(cause.message, { path: ["shipments", 0, "port"], originalError: cause });
};

describe("errors the client gets masked", () => {
  it("are the ones without a code we raise on purpose", () => {
    expect(isMasked(bug())).toBe(true);
    expect(isMasked(new GraphQLError("no", { extensions: { code: "FORBIDDEN" } }))).toBe(false);
    expect(
      isMasked(new GraphQLError("x", { extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "cargo" } })),
    ).toBe(true);
  });

  it("are logged with the request id, the path and the stack; refusals are not", async () => {
    const { hooks, lines } = plugin();
    const request = await hooks.requestDidStart!({} as never);
    const error = bug();
    const refusal = new GraphQLError("needs a scope", { extensions: { code: "FORBIDDEN" } });
    await request!.didEncounterErrors!({
      contextValue: { requestId: "request-7" },
      errors: [error, refusal],
      operationName: "ShipmentDossier",
    } as never);
    expect(lines).toEqual([
      expect.objectContaining({
        requestId: "request-7",
        operation: "ShipmentDossier",
        path: ["shipments", 0, "port"],
        err: error.originalError,
      }),
    ]);
    expect((lines[0].err as Error).stack).toContain("TypeError");
  });

  it("include a context that failed for another reason than a refusal", async () => {
    const { hooks, lines } = plugin();
    await hooks.contextCreationDidFail!({
      error: new GraphQLError("no token", { extensions: { code: "UNAUTHENTICATED" } }),
    });
    expect(lines).toEqual([]);
    const fault = new Error("socket hang up");
    await hooks.contextCreationDidFail!({ error: fault });
    expect(lines).toEqual([expect.objectContaining({ err: fault })]);
  });
});

import { GraphQLError } from "graphql";
import { createMetrics, operationLabels } from "../../src/metrics";

type Metrics = ReturnType<typeof createMetrics>;

/** What Apollo Server hands the plugin once a request is answered (or refused). */
async function answer(metrics: Metrics, operationName: string | null, refused = false): Promise<void> {
  const listener = await metrics.plugin.requestDidStart!({} as never);
  await listener!.willSendResponse!({
    operationName,
    errors: refused ? [new GraphQLError("no", { extensions: { code: "UNAUTHENTICATED" } })] : undefined,
    response: { body: { kind: "single", singleResult: refused ? {} : { data: {} } } },
  } as never);
}

async function labels(metrics: Metrics): Promise<Set<string>> {
  const requests = (await metrics.registry.getMetricsAsJSON()).find(
    (metric) => metric.name === "frontera_graphql_requests_total",
  )!;
  return new Set(requests.values.map((value) => String(value.labels.operation)));
}

describe("operation labels of /metrics", () => {
  it("labels at most the budget of distinct names; 500 random names leave the series bounded", async () => {
    const metrics = createMetrics("test", { maxOperationLabels: 100 });
    await answer(metrics, "ShipmentDossier");
    for (let i = 0; i < 500; i++) await answer(metrics, `Op${Math.random().toString(36).slice(2)}`);
    await answer(metrics, "ShipmentDossier");

    const seen = await labels(metrics);
    expect(seen.size).toBe(101); // 100 names, then "other"
    expect(seen).toContain("other");
    expect(seen).toContain("ShipmentDossier");
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/frontera_graphql_requests_total\{[^}]*operation="ShipmentDossier"[^}]*\} 2/);
  });

  it("never adds a name for a refused request, nor a name that is not a sane GraphQL name", () => {
    const labelOf = operationLabels(10);
    expect(labelOf("Forged", false)).toBe("other");
    expect(labelOf("with space", true)).toBe("other");
    expect(labelOf('quote"}', true)).toBe("other");
    expect(labelOf("A".repeat(65), true)).toBe("other");
    expect(labelOf(null, true)).toBe("anonymous");
    expect(labelOf("PortDashboard", true)).toBe("PortDashboard");
    // once admitted, a name keeps its label, refused or not
    expect(labelOf("PortDashboard", false)).toBe("PortDashboard");
  });

  it('counts refused requests under "other" unless their name was admitted by a request that ran', async () => {
    const metrics = createMetrics("test");
    for (let i = 0; i < 50; i++) await answer(metrics, `Refused${i}`, true);
    expect(await labels(metrics)).toEqual(new Set(["other"]));
  });
});

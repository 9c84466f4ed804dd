/** Whether each subgraph answers its /health: "ok", or what is wrong, by subgraph name. */
export async function subgraphReadiness(subgraphUrls: Record<string, string>): Promise<Record<string, string>> {
  return Object.fromEntries(
    await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(url.replace(/\/graphql$/, "/health"), { signal: AbortSignal.timeout(2_000) });
          return [name, response.ok ? "ok" : `answered ${response.status}`];
        } catch {
          return [name, "unreachable"];
        }
      }),
    ),
  );
}

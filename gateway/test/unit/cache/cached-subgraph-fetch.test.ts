import { type Answer, type SubgraphRequest, fetchThroughCache } from "../../../src/cache/cached-subgraph-fetch";
import { ReferenceCache } from "../../../src/cache/reference-cache";

// The subgraph is a function here: what is under test is which representations get asked for.
const ENTITIES =
  "query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Port { name } } }";
const port = (code: string) => ({ __typename: "Port", code });
const publicAnswer = (entities: unknown[]): Answer => ({
  response: { data: { _entities: entities } },
  policy: { maxAge: 60, scope: "PUBLIC" },
});

function subgraph(
  answer: (codes: string[]) => Answer = (codes) => publicAnswer(codes.map((code) => ({ name: `Port ${code}` }))),
) {
  const asked: string[][] = [];
  const fetch = async (request: SubgraphRequest) => {
    const codes = (request.variables.representations as Array<{ code: string }>).map(({ code }) => code);
    asked.push(codes);
    return answer(codes);
  };
  return { asked, fetch };
}

const entitiesOf = (answer: Answer) => answer.response.data?._entities as Array<{ name: string }>;

describe("fetchThroughCache", () => {
  it("asks only for the representations it does not hold, each once, and answers in the caller's order", async () => {
    const cache = new ReferenceCache();
    const { asked, fetch } = subgraph();
    const target = { cache, subgraph: "agreements", audience: "internal", fetch };
    await fetchThroughCache(target, { query: ENTITIES, variables: { representations: [port("2304")] } });
    const answer = await fetchThroughCache(target, {
      query: ENTITIES,
      variables: { representations: [port("2506"), port("2304"), port("2506")] },
    });
    expect(asked).toEqual([["2304"], ["2506"]]);
    expect(entitiesOf(answer)).toEqual([{ name: "Port 2506" }, { name: "Port 2304" }, { name: "Port 2506" }]);
    // repeats are separate objects: the gateway merges other subgraphs' fields into each
    expect(entitiesOf(answer)[0]).not.toBe(entitiesOf(answer)[2]);
  });

  it("keeps entries apart by audience", async () => {
    const cache = new ReferenceCache();
    const { asked, fetch } = subgraph();
    const request = { query: ENTITIES, variables: { representations: [port("2304")] } };
    await fetchThroughCache({ cache, subgraph: "agreements", audience: "internal", fetch }, request);
    await fetchThroughCache({ cache, subgraph: "agreements", audience: "partner|SENASICA", fetch }, request);
    expect(asked).toEqual([["2304"], ["2304"]]);
  });

  it("keeps no answer with errors, and puts a trimmed fetch's errors at every row that asked, without asking again", async () => {
    const cache = new ReferenceCache();
    let fail = false;
    const { asked, fetch } = subgraph((codes) =>
      fail
        ? {
            response: {
              data: { _entities: codes.map((code) => (code === "2506" ? null : { name: `Port ${code}` })) },
              errors: [
                { message: "no", path: ["_entities", codes.indexOf("2506"), "name"] },
                { message: "slow", path: ["_stats"] },
              ],
            },
            policy: { maxAge: 60, scope: "PUBLIC" },
          }
        : publicAnswer(codes.map((code) => ({ name: `Port ${code}` }))),
    );
    const target = { cache, subgraph: "agreements", audience: "internal", fetch };
    await fetchThroughCache(target, { query: ENTITIES, variables: { representations: [port("2304")] } });
    fail = true;
    const answer = await fetchThroughCache(target, {
      query: ENTITIES,
      variables: { representations: [port("2506"), port("2304"), port("1111"), port("2506")] },
    });
    // only the missing ones, each once; the errors point into the caller's list, rows in order
    expect(asked).toEqual([["2304"], ["2506", "1111"]]);
    expect(answer.response.errors).toEqual([
      { message: "slow", path: ["_stats"] },
      { message: "no", path: ["_entities", 0, "name"] },
      { message: "no", path: ["_entities", 3, "name"] },
    ]);
    expect(entitiesOf(answer)).toEqual([null, { name: "Port 2304" }, { name: "Port 1111" }, null]);
    fail = false;
    await fetchThroughCache(target, { query: ENTITIES, variables: { representations: [port("1111")] } });
    expect(asked).toHaveLength(3); // 1111 was not kept from the answer with errors
  });

  it("keeps nothing that is not public, and stops looking such a query up", async () => {
    const cache = new ReferenceCache();
    const { asked, fetch } = subgraph((codes) => ({
      response: { data: { _entities: codes.map(() => ({ name: "x" })) } },
      policy: { maxAge: 0 },
    }));
    const request = { query: ENTITIES, variables: { representations: [port("2304")] } };
    await fetchThroughCache({ cache, subgraph: "cargo", audience: "internal", fetch }, request);
    await fetchThroughCache({ cache, subgraph: "cargo", audience: "internal", fetch }, request);
    expect(asked).toHaveLength(2);
    expect(cache.isNeverPublic("cargo", ENTITIES)).toBe(true);
  });

  it("forgets a subgraph's entries when told, and every entry after its max-age", async () => {
    let now = 0;
    const cache = new ReferenceCache({ now: () => now, maxAgeSeconds: 30 });
    const { asked, fetch } = subgraph();
    const target = { cache, subgraph: "agreements", audience: "internal", fetch };
    const request = { query: ENTITIES, variables: { representations: [port("2304")] } };
    await fetchThroughCache(target, request);
    cache.invalidate("agreements");
    await fetchThroughCache(target, request);
    now += 29_000;
    await fetchThroughCache(target, request);
    now += 2_000; // 31 s after it was kept: past the gateway's 30 s, though the subgraph allowed 60
    await fetchThroughCache(target, request);
    expect(asked).toHaveLength(3);
  });
});

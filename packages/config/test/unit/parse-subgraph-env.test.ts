import { EnvError, parseSubgraphEnv } from "../../src";

describe("parseSubgraphEnv", () => {
  it("defaults to the subgraph's port and the embedded database", () => {
    expect(parseSubgraphEnv("cargo", 4002, {})).toMatchObject({
      port: 4002,
      host: "127.0.0.1",
      databaseUrl: undefined,
      dataDir: ".data",
      seedOnEmpty: true,
      peers: {
        agreements: "http://127.0.0.1:4001/graphql",
        cargo: "http://127.0.0.1:4002/graphql",
        travellers: "http://127.0.0.1:4003/graphql",
      },
    });
  });

  it("seeds an empty MySQL database only when asked to", () => {
    expect(parseSubgraphEnv("cargo", 4002, { DATABASE_URL: "mysql://u:p@db" }).seedOnEmpty).toBe(false);
    expect(parseSubgraphEnv("cargo", 4002, { DATABASE_URL: "mysql://u:p@db", SEED_ON_EMPTY: "true" }).seedOnEmpty).toBe(
      true,
    );
  });

  it("prefers the subgraph's own database URL over the shared one", () => {
    const env = parseSubgraphEnv("cargo", 4002, {
      CARGO_PORT: "5002",
      DATABASE_URL: "mysql://u:p@db:3306",
      CARGO_DATABASE_URL: "mysql://u:p@db:3306/cargo_only",
    });
    expect(env).toMatchObject({ port: 5002, databaseUrl: "mysql://u:p@db:3306/cargo_only" });
  });

  it("takes the operation limits set in the environment and leaves the others out", () => {
    expect(parseSubgraphEnv("cargo", 4002, {}).limits).toEqual({});
    expect(parseSubgraphEnv("cargo", 4002, { SUBGRAPH_MAX_COST: "90000", SUBGRAPH_MAX_DEPTH: "18" }).limits).toEqual({
      maxCost: 90_000,
      maxDepth: 18,
    });
  });

  it("reports every bad variable at once", () => {
    let error: unknown;
    try {
      parseSubgraphEnv("cargo", 4002, { CARGO_PORT: "http", DATABASE_URL: "postgres://x", SEED_ON_EMPTY: "maybe" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = (error as EnvError).problems.join("\n");
    expect(problems).toMatch(/CARGO_PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/SEED_ON_EMPTY/);
  });
});

describe("INTERNAL_AGENCIES", () => {
  it("defaults to CBP and takes a list of agency codes", () => {
    expect(parseSubgraphEnv("cargo", 4002, {}).auth.internalAgencies).toEqual(["CBP"]);
    expect(parseSubgraphEnv("cargo", 4002, { INTERNAL_AGENCIES: "CBP, APHIS" }).auth.internalAgencies).toEqual([
      "CBP",
      "APHIS",
    ]);
  });

  it("refuses anything but agency codes", () => {
    expect(() => parseSubgraphEnv("cargo", 4002, { INTERNAL_AGENCIES: "cbp;drop" })).toThrow(/INTERNAL_AGENCIES/);
    expect(() => parseSubgraphEnv("cargo", 4002, { INTERNAL_AGENCIES: " , " })).toThrow(/INTERNAL_AGENCIES/);
  });
});

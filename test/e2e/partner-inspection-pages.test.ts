import { type TestGraph } from "@frontera/testing";
import { type Data } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// A partner shown only some inspection kinds has its pages read one (port, kind) at a time and
// merged (docs/performance.md, "A partner's inspections"). Those pages must be exactly the
// officer's list cut to what the partner's arrangements show: same rows, same order, cursors that
// walk both ways without gaps or duplicates, the same total — through the gateway and straight at
// cargo — and never a row of another kind, port or direction.

let graph: TestGraph;
let anam: string;
let senasica: string;
let ucpPorts: string[];
const LAREDO = "2304";
const BROWNSVILLE = "2301"; // a truck port outside the seeded UCP arrangement
const JOINT_KINDS = ["UCP_JOINT", "PRE_INSPECTION"];

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 1500 });
  // Each the scopes of its agency's default arrangements (packages/seed/src/default-arrangements.ts).
  anam = await graph.auth.token({
    agency: "ANAM",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:joint:read"],
  });
  senasica = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
  const ucp = await graph.query<Data>(`{ arrangement(id: "cbp-anam-ucp") { ports { code } } }`);
  ucpPorts = ucp.body.data!.arrangement.ports.map((port: Data) => port.code);
});

afterAll(async () => {
  await graph?.stop();
});

type Row = { id: string; kind: string; port: string };
type Page = { rows: Row[]; pageInfo: Data; totalCount: number };
type Ask = (query: string, variables: Data) => Promise<Data>;

const PAGE = `query Page($filter: InspectionFilter, $first: Int, $after: String, $last: Int, $before: String, $orderBy: InspectionOrder) {
  inspections(filter: $filter, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount edges { node { id kind port { code } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

const viaGateway =
  (token?: string): Ask =>
  async (query, variables) => {
    const { body } = await graph.query<Data>(query, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

const atCargo =
  (token: string): Ask =>
  async (query, variables) => {
    const { body } = await graph.subgraphQuery<Data>("cargo", query, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

async function page(ask: Ask, query: string, variables: Data): Promise<Page> {
  const { inspections } = await ask(query, variables);
  return {
    rows: inspections.edges.map(({ node }: Data) => ({ id: node.id, kind: node.kind, port: node.port.code })),
    pageInfo: inspections.pageInfo,
    totalCount: inspections.totalCount,
  };
}

async function walkForward(ask: Ask, query: string, variables: Data, first: number) {
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const found: Page = await page(ask, query, { ...variables, first, after });
    pages.push(found);
    if (!found.pageInfo.hasNextPage) return { pages, rows: pages.flatMap(({ rows }) => rows) };
    after = found.pageInfo.endCursor;
  }
}

async function walkBackward(ask: Ask, query: string, variables: Data, last: number) {
  const pages: Page[] = [];
  let before: string | null = null;
  for (;;) {
    const found: Page = await page(ask, query, { ...variables, last, before });
    pages.push(found);
    if (!found.pageInfo.hasPreviousPage) break;
    before = found.pageInfo.startCursor;
  }
  return { pages, rows: [...pages].reverse().flatMap(({ rows }) => rows) };
}

/** The officer's whole list under the same filter and order, cut by `shown`: what the partner must get. */
async function officersCut(variables: Data, shown: (row: Row) => boolean): Promise<Row[]> {
  const { rows } = await walkForward(viaGateway(), PAGE, variables, 100);
  return rows.filter(shown);
}

const ORDERS = [
  { field: "STARTED_AT", direction: "DESC" },
  { field: "STARTED_AT", direction: "ASC" },
];

/** Each partner, the list it asks for, and which of the officer's rows its arrangements show. */
const CASES: Array<[string, () => string, Data, (row: Row) => boolean]> = [
  [
    "ANAM at Laredo (one port, two joint kinds)",
    () => anam,
    { portCode: LAREDO },
    (row) => JOINT_KINDS.includes(row.kind),
  ],
  [
    "ANAM at every port (each UCP port, each joint kind)",
    () => anam,
    {},
    (row) => JOINT_KINDS.includes(row.kind) && ucpPorts.includes(row.port),
  ],
  [
    "ANAM's pre-inspections at every port (one kind, each UCP port)",
    () => anam,
    { kind: "PRE_INSPECTION" },
    (row) => ucpPorts.includes(row.port),
  ],
  ["SENASICA at Laredo (one kind)", () => senasica, { portCode: LAREDO }, (row) => row.kind === "AGRICULTURE"],
  [
    "SENASICA at Laredo, southbound",
    () => senasica,
    { portCode: LAREDO, direction: "SOUTHBOUND" },
    (row) => row.kind === "AGRICULTURE",
  ],
];

describe.each(CASES)("%s", (_name, token, filter, shown) => {
  it.each(ORDERS)("pages as the officer's list cut to its kinds, both ways ($direction)", async (orderBy) => {
    const variables = { filter, orderBy };
    const expected = await officersCut(variables, shown);
    expect(expected.length).toBeGreaterThan(4);

    const forward = await walkForward(viaGateway(token()), PAGE, variables, 3);
    const backward = await walkBackward(viaGateway(token()), PAGE, variables, 3);

    expect(forward.rows).toEqual(expected);
    expect(backward.rows).toEqual(expected);
    for (const { totalCount } of [...forward.pages, ...backward.pages]) expect(totalCount).toBe(expected.length);
    expect(forward.pages[0].pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(backward.pages[0].pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(backward.pages.at(-1)!.rows).toEqual(expected.slice(0, backward.pages.at(-1)!.rows.length));
  });

  it("gives the same pages straight at cargo as through the gateway", async () => {
    const variables = { filter, orderBy: ORDERS[0] };
    const gateway = await walkForward(viaGateway(token()), PAGE, variables, 4);
    const cargo = await walkForward(atCargo(token()), PAGE, variables, 4);

    expect(cargo.rows).toEqual(gateway.rows);
    expect(cargo.pages.map(({ totalCount }) => totalCount)).toEqual(gateway.pages.map(({ totalCount }) => totalCount));
  });
});

describe("a partner's kind-restricted pages never show what its arrangements refuse", () => {
  const refusedLists: Array<[string, () => string, Data]> = [
    ["ANAM at a port outside its UCP arrangement", () => anam, { portCode: BROWNSVILLE }],
    ["ANAM asking for a kind it is not shown", () => anam, { portCode: LAREDO, kind: "PRIMARY" }],
    [
      "ANAM southbound, which its UCP arrangement does not cover",
      () => anam,
      { portCode: LAREDO, direction: "SOUTHBOUND" },
    ],
    ["SENASICA asking for joint exams", () => senasica, { kind: "UCP_JOINT" }],
  ];

  it.each(refusedLists)("%s: no rows and a total of zero, gateway and cargo", async (_name, token, filter) => {
    const variables = { filter, first: 20 };
    const gateway = await page(viaGateway(token()), PAGE, variables);
    const cargo = await page(atCargo(token()), PAGE, variables);

    expect(gateway).toMatchObject({ rows: [], totalCount: 0 });
    expect(cargo).toMatchObject({ rows: [], totalCount: 0 });
  });

  it("under a port too: ANAM's joint exams at Laredo, and the list refused at Brownsville", async () => {
    const query = `query ($code: ID!) { port(code: $code) { inspections(first: 100) { totalCount edges { node { kind } } } } }`;
    const laredo = await viaGateway(anam)(query, { code: LAREDO });
    const brownsville = await graph.query<Data>(query, { code: BROWNSVILLE }, anam);

    expect(laredo.port.inspections.edges.length).toBeGreaterThan(0);
    for (const { node } of laredo.port.inspections.edges) expect(JOINT_KINDS).toContain(node.kind);
    expect(brownsville.body.data!.port.inspections).toBeNull();
    expect(brownsville.body.errors).toMatchObject([
      { path: ["port", "inspections"], extensions: { code: "FORBIDDEN" } },
    ]);
  });
});

describe("how a partner's page is read", () => {
  const keyReads = () =>
    graph.subgraphs.cargo.statements.captured
      .map(({ query }) => query)
      .filter((query) => /FROM `?"?inspections/.test(query) && /\bLIMIT\b/i.test(query));

  it("ANAM at Laredo: one ordered, limited read per joint kind, merged", async () => {
    graph.resetStatementCounts();
    await page(viaGateway(anam), PAGE, { filter: { portCode: LAREDO }, first: 20 });

    const [read] = keyReads();
    expect(read.match(/UNION ALL/g)).toHaveLength(JOINT_KINDS.length - 1);
  });

  it("an officer's page is read as one range, as before", async () => {
    graph.resetStatementCounts();
    await page(viaGateway(), PAGE, { filter: { portCode: LAREDO }, first: 20 });

    const [read] = keyReads();
    expect(read).toBeDefined();
    expect(read).not.toMatch(/UNION/);
  });
});

import { type TestGraph } from "@frontera/testing";
import { type Data, ok } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// A port's totals come from per-day counts (PortDailyCount) and the rows of the partial days at
// a window's edges: they must be what a COUNT of the rows gives, for any window.

let graph: TestGraph;

beforeAll(async () => {
  // enough shipments that every window below holds some at Laredo
  graph = await startWholeGraph({ seed: 6, shipments: 2_000 });
});

afterAll(async () => {
  await graph?.stop();
});

// The daily counts count northbound trade, what the lists answer by default (docs/southbound.md).
const NORTHBOUND = " AND direction = 'NORTHBOUND'";

// Times are stored in UTC as "YYYY-MM-DD HH:MM:SS.sss" on both databases.
const stored = (iso: string) => new Date(iso).toISOString().replace("T", " ").replace("Z", "");

async function rowsIn(
  subgraph: string,
  table: string,
  time: string,
  port: string | null,
  from: string,
  to: string,
  condition = "",
) {
  const [row] = await graph.subgraphs[subgraph].dataSource.query<Array<{ total: string | number }>>(
    `SELECT COUNT(*) AS total FROM ${table} WHERE ${time} >= ? AND ${time} < ?${port ? " AND portCode = ?" : ""}${condition}`,
    [stored(from), stored(to), ...(port ? [port] : [])],
  );
  return Number(row.total);
}

const TOTALS = `query ($port: ID!, $from: DateTime!, $to: DateTime!) {
  port(code: $port) { truckCrossings(filter: { crossedAt: { from: $from, to: $to } }) { totalCount } crossings(filter: { at: { from: $from, to: $to } }) { totalCount } lateManifestCount(from: $from, to: $to) }
  atPort: shipments(filter: { portCode: $port, estimatedArrival: { from: $from, to: $to } }, first: 0) { totalCount }
  everywhere: shipments(filter: { estimatedArrival: { from: $from, to: $to } }, first: 0) { totalCount }
}`;

it.each([
  ["whole days", "2026-09-01T00:00:00Z", "2026-12-01T00:00:00Z"],
  ["partial days at both edges", "2026-10-03T07:15:00Z", "2026-11-20T18:40:30Z"],
  ["part of one day", "2026-10-10T06:00:00Z", "2026-10-10T20:00:00Z"],
  ["two partial days and no whole one", "2026-10-10T06:00:00Z", "2026-10-11T20:00:00Z"],
])(
  "counts a port's shipments, truck crossings, crossings and late manifests as COUNT(*) does, over %s",
  async (_, from, to) => {
    const data: Data = await ok(graph, TOTALS, { port: "2304", from, to });

    expect({
      shipments: data.atPort.totalCount,
      everywhere: data.everywhere.totalCount,
      trucks: data.port.truckCrossings.totalCount,
      people: data.port.crossings.totalCount,
      lateManifests: data.port.lateManifestCount,
    }).toEqual({
      shipments: await rowsIn("cargo", "shipments", "estimatedArrival", "2304", from, to, NORTHBOUND),
      everywhere: await rowsIn("cargo", "shipments", "estimatedArrival", null, from, to, NORTHBOUND),
      trucks: await rowsIn("cargo", "trips", "crossedAt", "2304", from, to, NORTHBOUND),
      people: await rowsIn("travellers", "crossings", "at", "2304", from, to),
      lateManifests: await rowsIn(
        "cargo",
        "trips",
        "estimatedArrival",
        "2304",
        from,
        to,
        ` AND manifestLate = 1${NORTHBOUND}`,
      ),
    });
    expect(Math.min(data.atPort.totalCount, data.port.truckCrossings.totalCount)).toBeGreaterThan(0);
  },
);

it("counts every shipment of a port when no window is given", async () => {
  const data: Data = await ok(graph, `{ shipments(filter: { portCode: "2304" }, first: 0) { totalCount } }`);
  expect(data.shipments.totalCount).toBe(
    await rowsIn(
      "cargo",
      "shipments",
      "estimatedArrival",
      "2304",
      "2000-01-01T00:00:00Z",
      "2100-01-01T00:00:00Z",
      NORTHBOUND,
    ),
  );
});

it("counts a port's southbound shipments and truck crossings from the rows, as COUNT(*) does", async () => {
  const [from, to] = ["2026-10-03T07:15:00Z", "2026-11-20T18:40:30Z"];
  const data: Data = await ok(
    graph,
    `query ($from: DateTime!, $to: DateTime!) {
      shipments(filter: { portCode: "2304", direction: SOUTHBOUND, estimatedArrival: { from: $from, to: $to } }, first: 0) { totalCount }
      trips(filter: { portCode: "2304", direction: SOUTHBOUND, crossedAt: { from: $from, to: $to } }, first: 0) { totalCount } }`,
    { from, to },
  );
  const southbound = " AND direction = 'SOUTHBOUND'";
  expect(data.shipments.totalCount).toBeGreaterThan(0);
  expect(data.shipments.totalCount).toBe(
    await rowsIn("cargo", "shipments", "estimatedArrival", "2304", from, to, southbound),
  );
  expect(data.trips.totalCount).toBe(await rowsIn("cargo", "trips", "crossedAt", "2304", from, to, southbound));
});

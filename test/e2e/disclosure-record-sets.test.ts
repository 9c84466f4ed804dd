import { encodeGlobalId } from "@frontera/federation";
import { type TestGraph } from "@frontera/testing";
import { removeUnusedRecordSets } from "../../subgraphs/agreements/src/disclosure/record-set-retention";
import { recordSetIdOf } from "../../subgraphs/agreements/src/disclosure/record-sets";
import { type Data } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// "Who received this record" is kept per set of records (docs/security-model.md, "Who received a
// record"): answers disclosing the same records share one set, and a record's disclosures are
// found through every set holding it, in order, page by page.
let graph: TestGraph;
let dataSource: TestGraph["subgraphs"][string]["dataSource"];
let auditor: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 20 });
  dataSource = graph.subgraphs.agreements.dataSource;
  auditor = await graph.auth.token({ agency: "CBP", kind: "internal", scopes: ["audit:read", "reference:read"] });
}, 120_000);

afterAll(async () => {
  await graph?.stop();
});

/** What the gateway sends for one answer disclosing these shipments. */
const disclosing = (keys: string[], subject = "record-sets-test") => ({
  agency: "SENASICA",
  subject,
  jti: subject,
  operationName: "ShipmentDossier",
  operationHash: "a".repeat(64),
  documentId: null,
  scopes: ["cargo:manifest:read"],
  entityCounts: [{ typeName: "Shipment", count: keys.length }],
  grants: [{ scope: "cargo:manifest:read", arrangementIds: ["cbp-senasica-agriculture"] }],
  records: [{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys }],
});

async function record(inputs: unknown[]): Promise<string[]> {
  const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
  const { body } = await graph.subgraphQuery<Data>(
    "agreements",
    `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`,
    { inputs },
    service,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.recordDisclosures as string[];
}

const count = async (sql: string, parameters: unknown[] = []) =>
  Number(((await dataSource.query(sql, parameters)) as Array<{ n: number }>)[0].n);

/** The disclosures carrying a shipment, latest first, read off the log itself: what paging must give. */
async function expectedOrder(key: string): Promise<string[]> {
  const rows = (await dataSource.query(
    "SELECT `id`, `records` FROM `disclosures` WHERE `records` LIKE ? ORDER BY `at` DESC, `id` DESC",
    [`%"${key}"%`],
  )) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

const PAGE = `query($r: [_Any!]!, $first: Int, $after: String, $last: Int, $before: String) {
  _entities(representations: $r) { ... on Shipment { disclosures(first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { disclosure { id } } } } } } }`;

async function page(key: string, args: Record<string, unknown>) {
  const { body } = await graph.subgraphQuery<Data>(
    "agreements",
    PAGE,
    { r: [{ __typename: "Shipment", nodeKey: encodeGlobalId("Shipment", key) }], ...args },
    auditor,
  );
  expect(body.errors).toBeUndefined();
  const connection = body.data!._entities[0].disclosures as Data;
  return {
    totalCount: connection.totalCount as number,
    pageInfo: connection.pageInfo as Data,
    ids: (connection.edges as Data[]).map((edge) => edge.node.disclosure.id as string),
  };
}

/** Every disclosure of a shipment, 3 at a time forwards, then 4 at a time backwards. */
async function readAll(key: string): Promise<{ forward: string[]; backward: string[]; totalCount: number }> {
  const forward: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const read = await page(key, { first: 3, after });
    totalCount = read.totalCount;
    forward.push(...read.ids);
    if (!read.pageInfo.hasNextPage) break;
    after = read.pageInfo.endCursor as string;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (;;) {
    const read = await page(key, { last: 4, before });
    backward.unshift(...read.ids);
    if (!read.pageInfo.hasPreviousPage) break;
    before = read.pageInfo.startCursor as string;
  }
  return { forward, backward, totalCount };
}

describe("the sets of records disclosures carried", () => {
  it("answers disclosing the same records share one set, whose members are written once", async () => {
    const keys = ["SAME-1", "SAME-2", "SAME-3"];
    const first = await record([disclosing(keys), disclosing([...keys].reverse())]);
    const set = recordSetIdOf(disclosing(keys).records);
    const members = () =>
      count("SELECT COUNT(*) AS n FROM `disclosure_record_set_members` WHERE `recordKey` LIKE 'SAME-%'");
    expect(await members()).toBe(3);
    const second = await record([disclosing(keys), disclosing(keys), disclosing(keys)]);
    expect(await members()).toBe(3);
    expect(await count("SELECT COUNT(*) AS n FROM `disclosure_record_sets` WHERE `id` = ?", [set])).toBe(1);
    const named = (await dataSource.query(
      `SELECT DISTINCT \`recordSetId\` FROM \`disclosures\` WHERE \`id\` IN (${[...first, ...second].map(() => "?").join(", ")})`,
      [...first, ...second],
    )) as Array<{ recordSetId: string }>;
    expect(named).toEqual([{ recordSetId: set }]);
    // Each answer is still its own entry: five disclosures of each record.
    expect((await readAll("SAME-2")).forward).toHaveLength(5);
  });

  it.each([
    ["a few sets (each read in order, merged)", 5],
    ["more sets than are read one by one (one sorted list)", 30],
  ])(
    "pages a record's disclosures across %s, latest first, both ways",
    async (_, sets) => {
      const key = `PAGED-${sets}`;
      // Disclosures in several calls (so at several instants), each set named one to three times.
      for (let call = 0; call < 3; call += 1) {
        const inputs = [...Array(sets).keys()]
          .filter((set) => (set + call) % 3 !== 0 || call === 0)
          .map((set) => disclosing([key, `${key}-OTHER-${set}`]));
        await record(inputs);
        await new Promise((resolve) => setTimeout(resolve, 1_050));
      }
      const expected = await expectedOrder(key);
      expect(expected.length).toBeGreaterThan(sets);
      expect(
        await count(
          "SELECT COUNT(DISTINCT `recordSetId`) AS n FROM `disclosure_record_set_members` WHERE `recordKey` = ?",
          [key],
        ),
      ).toBe(sets);
      const { forward, backward, totalCount } = await readAll(key);
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
      expect(totalCount).toBe(expected.length);
      // The log's own filter by record finds the same disclosures.
      const { body } = await graph.subgraphQuery<Data>(
        "agreements",
        `query($filter: DisclosureFilter) { disclosures(filter: $filter, first: 1) { totalCount } }`,
        { filter: { recordId: encodeGlobalId("Shipment", key) } },
        auditor,
      );
      expect(body.data!.disclosures.totalCount).toBe(expected.length);
    },
    60_000,
  );

  it("a record never disclosed has no disclosures, and one in another record's set is not found under it", async () => {
    expect(await readAll("NEVER-DISCLOSED")).toEqual({ forward: [], backward: [], totalCount: 0 });
    await record([disclosing(["ALONE-A", "ALONE-B"])]);
    expect((await readAll("ALONE-B")).forward).toHaveLength(1);
    expect((await readAll("ALONE")).forward).toHaveLength(0);
  });

  it("retention removes a set no disclosure names and none used since the cut, and keeps one an append named again", async () => {
    const today = new Date();
    const orphan = recordSetIdOf(disclosing(["ORPHAN-1"]).records)!;
    const revived = recordSetIdOf(disclosing(["REVIVED-1"]).records)!;
    // As if every disclosure of both had been pruned long ago: the sets and members are left.
    for (const [id, key] of [
      [orphan, "ORPHAN-1"],
      [revived, "REVIVED-1"],
    ]) {
      await dataSource.query(
        "INSERT INTO `disclosure_record_sets` (`id`, `lastUsedOn`, `records`) VALUES (?, '2020-01-01', ?)",
        [id, JSON.stringify([{ typeName: "Shipment", keys: [key] }])],
      );
      await dataSource.query(
        "INSERT INTO `disclosure_record_set_members` (`typeName`, `recordKey`, `recordSetId`) VALUES ('Shipment', ?, ?)",
        [key, id],
      );
    }
    // A new answer discloses the same record again: its set is used today.
    const [again] = await record([disclosing(["REVIVED-1"])]);
    const [{ lastUsedOn }] = (await dataSource.query(
      "SELECT `lastUsedOn` FROM `disclosure_record_sets` WHERE `id` = ?",
      [revived],
    )) as Array<{ lastUsedOn: string | Date }>;
    expect(new Date(lastUsedOn).toISOString().slice(0, 10)).toBe(today.toISOString().slice(0, 10));

    expect(await removeUnusedRecordSets(dataSource, today)).toBeGreaterThanOrEqual(1);
    const left = (await dataSource.query(
      "SELECT s.`id`, (SELECT COUNT(*) FROM `disclosure_record_set_members` m WHERE m.`recordSetId` = s.`id`) AS members FROM `disclosure_record_sets` s WHERE s.`id` IN (?, ?)",
      [orphan, revived],
    )) as Array<{ id: string; members: number }>;
    expect(left.map((row) => ({ id: row.id, members: Number(row.members) }))).toEqual([{ id: revived, members: 1 }]);
    expect(
      await count("SELECT COUNT(*) AS n FROM `disclosure_record_set_members` WHERE `recordKey` = 'ORPHAN-1'"),
    ).toBe(0);
    expect((await readAll("REVIVED-1")).forward).toEqual([again]);
  });
});

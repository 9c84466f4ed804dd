import {
  type Statement,
  StatementBatch,
  TRANSACTION_SUPERSEDED,
  TransactionSupersededError,
  createDataSource,
  dropMysqlDatabase,
  ensureMysqlDatabase,
  failUnless,
  isRolledBackConflict,
} from "@frontera/database";
import { testDatabaseKind, testSchemaTag } from "@frontera/testing";

// A brute-force abort on a Galera node ends a transaction inside a round trip, yet the statements
// after the aborted one still run, in a new transaction, and a COMMIT among them commits them
// (docs/performance.md, "A transaction split by a brute-force abort"; the cluster test meets it
// under load). Here a ROLLBACK inside the round trip ends the transaction at the same place, on
// one server, every time: the commit's guard must keep what follows from being committed.
const onMysql = testDatabaseKind() === "mysql" ? describe : describe.skip;

onMysql("a StatementBatch commit behind its guard", () => {
  const url = `${process.env.TEST_DATABASE_URL}/frontera_test_${testSchemaTag()}batch_${process.env.JEST_WORKER_ID ?? "0"}`;
  const schema = "frontera_batch";
  let dataSource: ReturnType<typeof createDataSource>;

  const rowsOf = async (table: string) =>
    ((await dataSource.query(`SELECT id FROM ${table} ORDER BY id`)) as Array<{ id: number }>).map((row) => row.id);

  beforeAll(async () => {
    await dropMysqlDatabase(url, schema);
    await ensureMysqlDatabase(url, schema);
    dataSource = createDataSource({ url, defaultDatabase: schema, sqliteFile: "", entities: [], migrations: [] });
    await dataSource.initialize();
    await dataSource.query("CREATE TABLE head (id INT PRIMARY KEY, at INT NOT NULL)");
    await dataSource.query("CREATE TABLE entries (id INT PRIMARY KEY)");
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropMysqlDatabase(url, schema);
  });

  beforeEach(async () => {
    await dataSource.query("DELETE FROM entries");
    await dataSource.query("REPLACE INTO head VALUES (1, 0)");
  });

  /** An append of entry 1 after head 0, with `split` where the server ends the transaction. */
  const append = (split: Statement[], guard: Statement) =>
    StatementBatch.run(dataSource, async (batch) => {
      await batch.send([{ sql: "SELECT at FROM head WHERE id = 1 FOR UPDATE" }]);
      return batch.commit(
        [
          { sql: "INSERT INTO entries VALUES (1)" },
          ...split,
          { sql: "INSERT INTO entries VALUES (2)" },
          { sql: "UPDATE head SET at = 2 WHERE id = 1 AND at = 0" },
        ],
        guard,
      );
    });
  const ourRowsAreThere = failUnless({
    sql: "EXISTS (SELECT 1 FROM entries WHERE id = 1) AND EXISTS (SELECT 1 FROM head WHERE id = 1 AND at = 2)",
  });
  const endedHere = [{ sql: "ROLLBACK" }];

  it("commits every statement when the transaction holds", async () => {
    await append([], ourRowsAreThere);
    expect(await rowsOf("entries")).toEqual([1, 2]);
    expect(await dataSource.query("SELECT at FROM head")).toEqual([{ at: 2 }]);
  });

  it("commits nothing when the transaction ended inside the round trip, and says it may run again", async () => {
    const failure = await append(endedHere, ourRowsAreThere).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransactionSupersededError);
    expect(failure).toMatchObject({ code: TRANSACTION_SUPERSEDED });
    expect(isRolledBackConflict(failure)).toBe(true);
    // The statements after the split ran in a new transaction: the rollback on the way out undid it.
    expect(await rowsOf("entries")).toEqual([]);
    expect(await dataSource.query("SELECT at FROM head")).toEqual([{ at: 0 }]);
    // The connection goes back to the pool clean: the next append commits.
    await append([], ourRowsAreThere);
    expect(await rowsOf("entries")).toEqual([1, 2]);
  });

  it("is what stops it: a guard that holds anywhere lets the half after the split commit", async () => {
    await append(endedHere, failUnless({ sql: "TRUE" }));
    expect(await rowsOf("entries")).toEqual([2]);
    expect(await dataSource.query("SELECT at FROM head")).toEqual([{ at: 2 }]);
  });

  it("fails on false and on unknown (NULL) alike", async () => {
    for (const condition of ["FALSE", "NULL", "(SELECT at FROM head WHERE id = 99) = 0"]) {
      const failure = await append([], failUnless({ sql: condition })).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TransactionSupersededError);
    }
    expect(await rowsOf("entries")).toEqual([]);
  });

  it("stores values as they were given: each statement formatted once, the round trip's text sent as it is", async () => {
    // Values that look like SQL or placeholders, and a literal question mark in a statement
    // without values: nothing of the text is read as a placeholder once it is formatted.
    const tricky = `a ? b ?? '?' "?" \\ \\? -- ? /* ? */ # ? ${"x?".repeat(5_000)}`;
    await dataSource.query("CREATE TABLE IF NOT EXISTS texts (id INT PRIMARY KEY, body LONGTEXT)");
    await dataSource.query("DELETE FROM texts");
    await StatementBatch.run(dataSource, (batch) =>
      batch.commit(
        [
          { sql: "INSERT INTO texts VALUES (?, ?), (?, ?)", values: [1, tricky, 2, JSON.stringify({ q: tricky })] },
          { sql: "INSERT INTO texts VALUES (3, 'literal ? kept')" },
        ],
        failUnless({ sql: "(SELECT COUNT(*) FROM texts) = ?", values: [3] }),
      ),
    );
    const rows = (await dataSource.query("SELECT id, body FROM texts ORDER BY id")) as Array<{
      id: number;
      body: string;
    }>;
    expect(rows).toEqual([
      { id: 1, body: tricky },
      { id: 2, body: JSON.stringify({ q: tricky }) },
      { id: 3, body: "literal ? kept" },
    ]);
  });
});

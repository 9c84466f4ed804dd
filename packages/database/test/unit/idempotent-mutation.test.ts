import { mutationPayload, notFound } from "@frontera/federation";
import { type DataSource, type EntityManager } from "typeorm";
import { runIdempotentMutation } from "../../src";

// A data source that records what is asked of it: no database is reached in a unit test.
function fakeDataSource(primaryColumns: string[]) {
  const steps: string[] = [];
  const manager = {
    getRepository: () => ({
      findOneBy: async () => null,
      insert: async (row: { key: string; operation: string }) => steps.push(`key ${row.key} for ${row.operation}`),
    }),
  } as unknown as EntityManager;
  const dataSource = {
    transaction: async (work: (manager: EntityManager) => Promise<string>) => {
      steps.push("begin");
      const result = await work(manager);
      steps.push("commit");
      return result;
    },
    getRepository: (target: unknown) => ({
      metadata: { name: "Trip", primaryColumns: primaryColumns.map((propertyName) => ({ propertyName })) },
      findOneByOrFail: async (where: Record<string, string>) => {
        steps.push(`read ${target === Trip ? "Trip" : "?"} ${JSON.stringify(where)}`);
        return { ...where, read: true };
      },
    }),
  } as unknown as DataSource;
  return { dataSource, manager, steps };
}

class Trip {}

const payload = mutationPayload({
  mutation: "crossTrip",
  field: "trip",
  type: () => Trip,
  description: "The trip.",
  codes: ["NOT_FOUND"],
});

describe("runIdempotentMutation", () => {
  it("writes in one transaction, then reads what it wrote back by primary key into the payload", async () => {
    const { dataSource, manager, steps } = fakeDataSource(["tripNumber"]);
    const answer = await runIdempotentMutation(
      payload,
      { dataSource, actor: "officer" },
      {
        operation: "crossTrip",
        key: null,
        arguments: { tripNumber: "T-1" },
        afterCommit: () => steps.push("after commit"),
        write: async (given) => {
          expect(given).toBe(manager);
          steps.push("write");
          return "T-1";
        },
      },
    );
    expect(answer).toEqual({ trip: { tripNumber: "T-1", read: true }, userErrors: [] });
    expect(steps).toEqual(["begin", "write", "commit", "after commit", 'read Trip {"tripNumber":"T-1"}']);
  });

  it("records its idempotency key under the mutation's name, or the operation it names", async () => {
    const { dataSource, steps } = fakeDataSource(["tripNumber"]);
    const context = { dataSource, actor: "officer" };
    await runIdempotentMutation(payload, context, { key: "key-0001", arguments: {}, write: async () => "T-1" });
    await runIdempotentMutation(payload, context, {
      key: "key-0002",
      operation: "CROSSEDTrip",
      arguments: {},
      write: async () => "T-1",
    });
    expect(steps.filter((step) => step.startsWith("key"))).toEqual([
      "key key-0001 for crossTrip",
      "key key-0002 for CROSSEDTrip",
    ]);
  });

  it("answers a broken rule as userErrors, with nothing read back and nothing woken", async () => {
    const { dataSource, steps } = fakeDataSource(["id"]);
    const answer = await runIdempotentMutation(
      payload,
      { dataSource, actor: "officer" },
      {
        operation: "crossTrip",
        key: null,
        arguments: {},
        afterCommit: () => steps.push("after commit"),
        write: () => Promise.reject(notFound("trip T-9", "tripNumber")),
      },
    );
    expect(answer).toEqual({
      trip: null,
      userErrors: [{ field: ["tripNumber"], code: "NOT_FOUND", message: "trip T-9 not found" }],
    });
    expect(steps).toEqual(["begin"]);
  });

  it("refuses an entity it could not read back by one key", async () => {
    const { dataSource } = fakeDataSource(["tripNumber", "sequence"]);
    const run = runIdempotentMutation(
      payload,
      { dataSource, actor: "officer" },
      {
        operation: "crossTrip",
        key: null,
        arguments: {},
        write: async () => "T-1",
      },
    );
    await expect(run).rejects.toThrow("Trip needs a one-column primary key");
  });
});

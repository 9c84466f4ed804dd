import { mutationPayload, notFound } from "@frontera/federation";
import { type DataSource, type EntityManager } from "typeorm";
import { runIdempotentMutation } from "../../src";

// A data source that records what is asked of it: no database is reached in a unit test.
function fakeDataSource(primaryColumns: string[]) {
  const steps: string[] = [];
  const manager = {} as EntityManager;
  const dataSource = {
    transaction: async (work: (manager: EntityManager) => Promise<string>) => {
      steps.push("begin");
      const result = await work(manager);
      steps.push("commit");
      return result;
    },
    getRepository: () => ({
      metadata: { name: "Trip", primaryColumns: primaryColumns.map((propertyName) => ({ propertyName })) },
      findOneByOrFail: async (where: Record<string, string>) => {
        steps.push(`read ${JSON.stringify(where)}`);
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
  type: () => String,
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
        returns: Trip,
        afterCommit: () => steps.push("after commit"),
        write: async (given) => {
          expect(given).toBe(manager);
          steps.push("write");
          return "T-1";
        },
      },
    );
    expect(answer).toEqual({ trip: { tripNumber: "T-1", read: true }, userErrors: [] });
    expect(steps).toEqual(["begin", "write", "commit", "after commit", 'read {"tripNumber":"T-1"}']);
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
        returns: Trip,
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
        returns: Trip,
        write: async () => "T-1",
      },
    );
    await expect(run).rejects.toThrow("Trip needs a one-column primary key");
  });
});

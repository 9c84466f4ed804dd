import { type DataSource, type EntityManager } from "typeorm";
import { type IdempotentMutation, mutationPayload, notFound, runIdempotentMutation } from "../../src";

class Trip {}

const payload = mutationPayload({
  mutation: "crossTrip",
  field: "trip",
  type: () => Trip,
  description: "The trip.",
  codes: ["NOT_FOUND"],
});

/**
 * Runs the mutation over a data source that records what is asked of it (no database is reached
 * in a unit test): its transaction, the idempotency keys it stores, the rows it reads back.
 */
async function run(mutation: Partial<IdempotentMutation>, primaryColumns = ["tripNumber"]) {
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
  const answer = runIdempotentMutation(
    payload,
    { dataSource, actor: "officer" },
    {
      key: null,
      arguments: {},
      afterCommit: () => steps.push("after commit"),
      write: async (given) => {
        expect(given).toBe(manager);
        steps.push("write");
        return "T-1";
      },
      ...mutation,
    },
  );
  return { answer: await answer, steps };
}

describe("runIdempotentMutation", () => {
  it("writes in one transaction, then reads what it wrote back by primary key into the payload", async () => {
    const { answer, steps } = await run({});
    expect(answer).toEqual({ trip: { tripNumber: "T-1", read: true }, userErrors: [] });
    expect(steps).toEqual(["begin", "write", "commit", "after commit", 'read Trip {"tripNumber":"T-1"}']);
  });

  it("records its idempotency key under the mutation's name, or the operation it names", async () => {
    expect((await run({ key: "key-0001" })).steps).toContain("key key-0001 for crossTrip");
    expect((await run({ key: "key-0002", operation: "CROSSEDTrip" })).steps).toContain("key key-0002 for CROSSEDTrip");
  });

  it("answers a broken rule as userErrors, with nothing read back and nothing woken", async () => {
    const { answer, steps } = await run({ write: () => Promise.reject(notFound("trip T-9", "tripNumber")) });
    expect(answer).toEqual({
      trip: null,
      userErrors: [{ field: ["tripNumber"], code: "NOT_FOUND", message: "trip T-9 not found" }],
    });
    expect(steps).toEqual(["begin"]);
  });

  it("refuses an entity it could not read back by one key", async () => {
    await expect(run({}, ["tripNumber", "sequence"])).rejects.toThrow("Trip needs a one-column primary key");
  });
});

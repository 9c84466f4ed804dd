import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import { stringify } from "safe-stable-stringify";
import { type DataSource, EntitySchema, type EntityManager } from "typeorm";

export interface IdempotencyRow {
  caller: string;
  key: string;
  operation: string;
  requestHash: string;
  resultId: string;
  createdAt: Date;
}

/**
 * The keys of mutations already carried out, per caller. Defined as an EntitySchema rather than a
 * decorated class: every subgraph adds it to its own entities (and migrations).
 */
export const IdempotencyRecord = new EntitySchema<IdempotencyRow>({
  name: "IdempotencyRecord",
  tableName: "idempotency_keys",
  columns: {
    caller: { type: "varchar", length: 128, primary: true },
    key: { type: "varchar", length: 128, primary: true },
    operation: { type: "varchar", length: 64 },
    requestHash: { type: "varchar", length: 64 },
    resultId: { type: "varchar", length: 128 },
    createdAt: { type: "datetime" },
  },
});

export interface IdempotentRequest {
  /** Who asks: the same key from two callers names two different requests. */
  caller: string;
  key: string | null | undefined;
  operation: string;
  /** The mutation's arguments, without the key; a retry must send the same ones. */
  arguments: unknown;
}

const KEY_FORMAT = /^[\x21-\x7e]{8,128}$/;

function requestHash(request: IdempotentRequest): string {
  return createHash("sha256")
    .update(`${request.operation}\n${stringify(request.arguments)}`)
    .digest("hex");
}

/**
 * Runs a mutation in one transaction, at most once per idempotency key: the key is recorded in the
 * same transaction as the writes, so either both are kept or neither. A retry with the same key
 * and arguments gets the first result's id without writing; the same key with other arguments is
 * a CONFLICT. `work` returns the id of what it wrote, which the resolver then reads back.
 */
export async function runIdempotent(
  dataSource: DataSource,
  request: IdempotentRequest,
  work: (manager: EntityManager) => Promise<string>,
): Promise<string> {
  const { key } = request;
  if (key === null || key === undefined) return dataSource.transaction(work);
  if (!KEY_FORMAT.test(key)) {
    throw new GraphQLError("idempotencyKey: 8 to 128 printable ASCII characters, no spaces", {
      extensions: { code: "BAD_USER_INPUT", field: "idempotencyKey" },
    });
  }
  const hash = requestHash(request);
  const replay = (row: IdempotencyRow | null) => {
    if (!row) return null;
    if (row.operation !== request.operation || row.requestHash !== hash) {
      throw new GraphQLError("idempotencyKey was already used for a different request", {
        extensions: { code: "CONFLICT", field: "idempotencyKey" },
      });
    }
    return row.resultId;
  };
  const find = (manager: EntityManager) =>
    manager.getRepository(IdempotencyRecord).findOneBy({ caller: request.caller, key });
  try {
    return await dataSource.transaction(async (manager) => {
      const earlier = replay(await find(manager));
      if (earlier !== null) return earlier;
      const resultId = await work(manager);
      await manager.getRepository(IdempotencyRecord).insert({
        caller: request.caller,
        key,
        operation: request.operation,
        requestHash: hash,
        resultId,
        createdAt: new Date(),
      });
      return resultId;
    });
  } catch (error) {
    // Two retries raced: the loser's insert of the key failed and its writes were rolled back.
    const winner = replay(await find(dataSource.manager));
    if (winner !== null) return winner;
    throw error;
  }
}

import { createHash } from "node:crypto";
import { stringify } from "safe-stable-stringify";
import { type DataSource, EntitySchema, type EntityManager } from "typeorm";
import { isConnectionLost, isRolledBackConflict, retryTransient } from "@frontera/database";
import { badUserInput, conflict } from "./input-errors";

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
 * refused with IDEMPOTENCY_KEY_REUSED. `work` returns the id of what it wrote, which the resolver
 * then reads back.
 *
 * A business error (`work` throws the mutation's user errors) rolls the transaction back, key
 * included: the key records results, and a refusal is not one. A retry with the same key therefore
 * runs the rules again against the state it finds: refused the same way while nothing has changed,
 * carried out once the obstacle is gone (the shipment now exists, the other change was re-read).
 * Storing refusals would replay a stale "no" for as long as the key lives.
 */
export async function runIdempotent(
  dataSource: DataSource,
  request: IdempotentRequest,
  work: (manager: EntityManager) => Promise<string>,
): Promise<string> {
  const { key } = request;
  if (key === null || key === undefined)
    return retryTransient(() => dataSource.transaction(work), isRolledBackConflict);
  if (!KEY_FORMAT.test(key)) {
    throw badUserInput([{ field: "idempotencyKey", message: "8 to 128 printable ASCII characters, no spaces" }]);
  }
  const hash = requestHash(request);
  const recordedKey: string = key;
  const replay = (row: IdempotencyRow | null) => {
    if (!row) return null;
    if (row.operation !== request.operation || row.requestHash !== hash) {
      throw conflict("IDEMPOTENCY_KEY_REUSED", "already used for a different request", "idempotencyKey");
    }
    return row.resultId;
  };
  const find = (manager: EntityManager) =>
    manager.getRepository(IdempotencyRecord).findOneBy({ caller: request.caller, key: recordedKey });
  // A retry after a lost connection finds the key if the first try committed: then it replays.
  return retryTransient(
    () => once(),
    (error) => isRolledBackConflict(error) || isConnectionLost(error),
  );

  async function once(): Promise<string> {
    try {
      return await dataSource.transaction(async (manager) => {
        const earlier = replay(await find(manager));
        if (earlier !== null) return earlier;
        const resultId = await work(manager);
        await manager.getRepository(IdempotencyRecord).insert({
          caller: request.caller,
          key: recordedKey,
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
}

import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from "typeorm";
import { type IdempotentRequest, runIdempotent } from "./idempotency";

/**
 * A mutation's payload type (packages/federation's `mutationPayload`): it runs the body and
 * turns the business errors it throws into the payload's `userErrors`.
 */
export interface PayloadRunner<Payload> {
  /** The mutation's name: by default the operation its idempotency keys are recorded under. */
  mutation: string;
  /** What the payload carries: here an entity's class, read back once the writes committed. */
  fieldType: () => unknown;
  run(body: () => Promise<ObjectLiteral>): Promise<Payload>;
}

export interface IdempotentMutation extends Omit<IdempotentRequest, "caller" | "operation"> {
  /** What the idempotency keys are recorded under; the mutation's name unless it says otherwise. */
  operation?: string;
  /** Checks the mutation's rules and writes, in one transaction; returns the primary key of what it wrote. */
  write(manager: EntityManager): Promise<string>;
  /** Runs once the writes committed, before the read (a worker told it has work). */
  afterCommit?(): void;
}

/**
 * Every write mutation of the graph, one way: the caller's idempotency key checked, the rules and
 * the writes in one transaction (see runIdempotent), what was written read back for the payload,
 * and a broken rule answered as the payload's `userErrors` with nothing written.
 */
export function runIdempotentMutation<Payload>(
  payload: PayloadRunner<Payload>,
  context: { dataSource: DataSource; actor: string },
  mutation: IdempotentMutation,
): Promise<Payload> {
  const { write, afterCommit, operation = payload.mutation, ...request } = mutation;
  return payload.run(async () => {
    const key = await runIdempotent(context.dataSource, { ...request, operation, caller: context.actor }, write);
    afterCommit?.();
    const repository = context.dataSource.getRepository(payload.fieldType() as EntityTarget<ObjectLiteral>);
    const [primary, ...more] = repository.metadata.primaryColumns;
    if (!primary || more.length) throw new Error(`${repository.metadata.name} needs a one-column primary key`);
    return repository.findOneByOrFail({ [primary.propertyName]: key } as FindOptionsWhere<ObjectLiteral>);
  });
}

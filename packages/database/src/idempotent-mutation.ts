import { type DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from "typeorm";
import { type IdempotentRequest, runIdempotent } from "./idempotency";

/**
 * A mutation's payload type (packages/federation's `mutationPayload`): it runs the body and
 * turns the business errors it throws into the payload's `userErrors`.
 */
export interface PayloadRunner<Entity, Payload> {
  run(body: () => Promise<Entity>): Promise<Payload>;
}

export interface IdempotentMutation<Entity extends ObjectLiteral> extends Omit<IdempotentRequest, "caller"> {
  /** Checks the mutation's rules and writes, in one transaction; returns the key of what it wrote. */
  write(manager: EntityManager): Promise<string>;
  /** The entity the payload carries: read by that key (its primary key) once the writes committed. */
  returns: EntityTarget<Entity>;
  /** Runs once the writes committed, before the read (a worker told it has work). */
  afterCommit?(): void;
}

/**
 * Every write mutation of the graph, one way: the caller's idempotency key checked, the rules and
 * the writes in one transaction (see runIdempotent), what was written read back for the payload,
 * and a broken rule answered as the payload's `userErrors` with nothing written.
 */
export function runIdempotentMutation<Entity extends ObjectLiteral, Payload>(
  payload: PayloadRunner<Entity, Payload>,
  context: { dataSource: DataSource; actor: string },
  mutation: IdempotentMutation<Entity>,
): Promise<Payload> {
  const { write, returns, afterCommit, ...request } = mutation;
  return payload.run(async () => {
    const key = await runIdempotent(context.dataSource, { ...request, caller: context.actor }, write);
    afterCommit?.();
    const repository = context.dataSource.getRepository(returns);
    const [primary, ...more] = repository.metadata.primaryColumns;
    if (!primary || more.length) throw new Error(`${repository.metadata.name} needs a one-column primary key`);
    return repository.findOneByOrFail({ [primary.propertyName]: key } as FindOptionsWhere<Entity>);
  });
}

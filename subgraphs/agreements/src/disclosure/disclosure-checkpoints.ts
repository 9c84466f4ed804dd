import { randomUUID } from "node:crypto";
import { type KeyStore, signStatement, verifyStatement } from "@frontera/auth";
import { type DataSource, type EntityManager } from "typeorm";
import { DisclosureChainHead, DisclosureCheckpoint } from "./disclosure-chain.entity";
import { GENESIS_HASH } from "./disclosure-chain";
import { storedInstant } from "./disclosure-stored-row";

export const CHECKPOINT_TYPE = "frontera-disclosure-checkpoint";

/** What a checkpoint's signature vouches for. */
export interface CheckpointStatement {
  count: number;
  headHash: string;
  at: string;
  kind: "hourly" | "on demand" | "retention";
}

export class ChainBrokenError extends Error {}

export async function currentHead(dataSource: DataSource): Promise<{ sequence: number; hash: string }> {
  return (
    (await dataSource.getRepository(DisclosureChainHead).findOneBy({ id: 1 })) ?? { sequence: 0, hash: GENESIS_HASH }
  );
}

/** Signs (count, head hash) and stores it, through `manager` when given (a pruning transaction). */
export async function signCheckpoint(
  dataSource: DataSource,
  keys: KeyStore,
  position: { count: number; headHash: string },
  kind: CheckpointStatement["kind"],
  manager: EntityManager = dataSource.manager,
): Promise<DisclosureCheckpoint> {
  const at = storedInstant(dataSource, new Date());
  const statement: CheckpointStatement = { ...position, at: at.toISOString(), kind };
  const checkpoint = Object.assign(new DisclosureCheckpoint(), {
    id: randomUUID(),
    at,
    ...position,
    kind,
    signature: await signStatement(keys, CHECKPOINT_TYPE, statement),
  });
  await manager.getRepository(DisclosureCheckpoint).insert(checkpoint);
  return checkpoint;
}

/** Signs a checkpoint of the chain as it stands: its entry count and head hash. */
export async function checkpointDisclosureChain(
  dataSource: DataSource,
  keys: KeyStore,
  kind: CheckpointStatement["kind"] = "on demand",
): Promise<DisclosureCheckpoint> {
  const head = await currentHead(dataSource);
  return signCheckpoint(dataSource, keys, { count: head.sequence, headHash: head.hash }, kind);
}

/** Every stored checkpoint's signed statement, oldest first; throws at one that does not verify. */
export async function signedCheckpoints(dataSource: DataSource, keys: KeyStore): Promise<CheckpointStatement[]> {
  const rows = await dataSource.getRepository(DisclosureCheckpoint).find({ order: { at: "ASC", id: "ASC" } });
  const statements: CheckpointStatement[] = [];
  for (const row of rows) {
    let statement: CheckpointStatement;
    try {
      statement = (await verifyStatement(keys, CHECKPOINT_TYPE, row.signature)) as CheckpointStatement;
    } catch {
      throw new ChainBrokenError(`checkpoint ${row.id}: its signature does not verify with Frontera's keys`);
    }
    // The signed statement is what counts; the columns are there to read it without a JWS parser.
    if (statement.count !== row.count || statement.headHash !== row.headHash || statement.kind !== row.kind) {
      throw new ChainBrokenError(`checkpoint ${row.id}: its columns differ from what was signed`);
    }
    statements.push(statement);
  }
  return statements;
}

import { randomUUID } from "node:crypto";
import { type KeyStore, signStatement, verifyStatement } from "@frontera/auth";
import { type DataSource, In, IsNull, MoreThan, Not } from "typeorm";
import { Disclosure } from "./disclosure.entity";
import { DisclosureRecord } from "./disclosure-record.entity";
import { DisclosureChainHead, DisclosureCheckpoint } from "./disclosure-chain.entity";
import { GENESIS_HASH, disclosureHash, storedInstant } from "./disclosure-chain";

export const CHECKPOINT_TYPE = "frontera-disclosure-checkpoint";

// Entries read per round trip while walking the chain.
const PAGE = 500;

interface CheckpointStatement {
  count: number;
  headHash: string;
  at: string;
}

export class ChainBrokenError extends Error {}

async function currentHead(dataSource: DataSource): Promise<{ sequence: number; hash: string }> {
  return (
    (await dataSource.getRepository(DisclosureChainHead).findOneBy({ id: 1 })) ?? { sequence: 0, hash: GENESIS_HASH }
  );
}

/** Signs and stores (count, head hash, at) for the chain as it stands. */
export async function checkpointDisclosureChain(dataSource: DataSource, keys: KeyStore): Promise<DisclosureCheckpoint> {
  const head = await currentHead(dataSource);
  const at = storedInstant(dataSource, new Date());
  const statement: CheckpointStatement = { count: head.sequence, headHash: head.hash, at: at.toISOString() };
  const checkpoint = Object.assign(new DisclosureCheckpoint(), {
    id: randomUUID(),
    at,
    count: head.sequence,
    headHash: head.hash,
    signature: await signStatement(keys, CHECKPOINT_TYPE, statement),
  });
  await dataSource.getRepository(DisclosureCheckpoint).insert(checkpoint);
  return checkpoint;
}

async function signedCheckpoints(dataSource: DataSource, keys: KeyStore): Promise<CheckpointStatement[]> {
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
    if (statement.count !== row.count || statement.headHash !== row.headHash) {
      throw new ChainBrokenError(`checkpoint ${row.id}: its columns differ from what was signed`);
    }
    statements.push(statement);
  }
  return statements;
}

export interface ChainReport {
  entries: number;
  headHash: string;
  checkpoints: number;
  latestCheckpoint: CheckpointStatement | null;
}

/**
 * Walks the chain in sequence order, recomputing every hash; throws ChainBrokenError naming the
 * first entry altered, missing or out of place, or the checkpoint the chain no longer matches.
 */
export async function verifyDisclosureChain(dataSource: DataSource, keys: KeyStore): Promise<ChainReport> {
  // The head first: everything up to it is committed (entries and head move in one transaction).
  const head = await currentHead(dataSource);
  const checkpoints = await signedCheckpoints(dataSource, keys);
  const expectedAt = new Map<number, string>();
  for (const checkpoint of checkpoints) expectedAt.set(checkpoint.count, checkpoint.headHash);
  const checkpointAt = (sequence: number, hash: string) => {
    const signed = expectedAt.get(sequence);
    if (signed !== undefined && signed !== hash) {
      throw new ChainBrokenError(
        `entry ${sequence}: a signed checkpoint says the chain's hash there is ${signed}, it is now ${hash}`,
      );
    }
  };
  checkpointAt(0, GENESIS_HASH);

  const disclosures = dataSource.getRepository(Disclosure);
  let expected = 1;
  let previous = GENESIS_HASH;
  for (;;) {
    const page = await disclosures.find({
      where: { sequence: MoreThan(expected - 1) },
      order: { sequence: "ASC" },
      take: PAGE,
    });
    if (page.length === 0) break;
    const records = await dataSource
      .getRepository(DisclosureRecord)
      .findBy({ disclosureId: In(page.map((entry) => entry.id)) });
    for (const entry of page) {
      const sequence = entry.sequence!;
      if (sequence !== expected) {
        throw new ChainBrokenError(
          `entry ${expected} is missing (deleted): the chain jumps from ${expected - 1} to ${sequence} (disclosure ${entry.id})`,
        );
      }
      if (entry.previousHash !== previous) {
        throw new ChainBrokenError(
          `entry ${sequence} (disclosure ${entry.id}) does not follow entry ${sequence - 1}: reordered or altered`,
        );
      }
      const recomputed = disclosureHash(
        entry,
        records.filter((record) => record.disclosureId === entry.id),
      );
      if (recomputed !== entry.hash) {
        throw new ChainBrokenError(
          `entry ${sequence} (disclosure ${entry.id}) was altered: its content no longer matches its hash`,
        );
      }
      checkpointAt(sequence, recomputed);
      previous = recomputed;
      expected += 1;
    }
  }
  const entries = expected - 1;
  const lastSigned = checkpoints.reduce((most, checkpoint) => Math.max(most, checkpoint.count), 0);
  if (lastSigned > entries) {
    throw new ChainBrokenError(
      `entries ${entries + 1} to ${lastSigned} are missing: a signed checkpoint counted ${lastSigned} entries, the chain has ${entries}`,
    );
  }
  if (head.sequence > entries) {
    throw new ChainBrokenError(
      `entries ${entries + 1} to ${head.sequence} are missing: the chain's head is at ${head.sequence}`,
    );
  }
  if (head.sequence === entries && head.hash !== previous) {
    throw new ChainBrokenError(`entry ${entries}: the chain's head names another hash (${head.hash})`);
  }
  const unchained = await disclosures.countBy({ sequence: IsNull(), hash: Not(IsNull()) });
  if (unchained > 0) throw new ChainBrokenError(`${unchained} chained disclosure(s) lost their sequence`);
  return {
    entries,
    headHash: previous,
    checkpoints: checkpoints.length,
    latestCheckpoint: checkpoints.at(-1) ?? null,
  };
}

import { type KeyStore } from "@frontera/auth";
import { type DataSource, IsNull, MoreThan, Not } from "typeorm";
import { Disclosure } from "./disclosure.entity";
import { GENESIS_HASH, disclosureHash } from "./disclosure-chain";
import { ChainBrokenError, type CheckpointStatement, currentHead, signedCheckpoints } from "./disclosure-checkpoints";
import { recordSetIdOf } from "./record-sets";

// Entries read per round trip while walking the chain.
const PAGE = 1_000;

export interface ChainReport {
  /** Entries checked, from `first` to the head. */
  entries: number;
  /** The first entry still kept (entries before it were pruned under a signed retention checkpoint). */
  first: number;
  headHash: string;
  checkpoints: number;
  latestCheckpoint: CheckpointStatement | null;
  /** Disclosures stored unchained, by an older version, for the worker to sweep (docs/security-model.md). */
  pending: number;
}

/**
 * Walks the chain in sequence order, recomputing every hash; throws ChainBrokenError naming the
 * first entry altered, missing or out of place, or the signed checkpoint the chain no longer
 * matches (entries deleted after it). A chain whose oldest entries were pruned starts from the
 * signed retention checkpoint that names the last pruned entry's hash.
 */
export async function verifyDisclosureChain(dataSource: DataSource, keys: KeyStore): Promise<ChainReport> {
  // The head first: everything up to it is committed (entries and head move in one transaction).
  const head = await currentHead(dataSource);
  const checkpoints = await signedCheckpoints(dataSource, keys);
  const disclosures = dataSource.getRepository(Disclosure);
  const [oldest] = await disclosures.find({
    where: { sequence: Not(IsNull()) },
    order: { sequence: "ASC" },
    take: 1,
  });
  const first = oldest?.sequence ?? head.sequence + 1;
  let previous = GENESIS_HASH;
  if (first > 1) {
    const boundary = checkpoints.findLast(
      (checkpoint) => checkpoint.kind === "retention" && checkpoint.count === first - 1,
    );
    if (!boundary) {
      throw new ChainBrokenError(
        `entries 1 to ${first - 1} are missing: the chain starts at entry ${first} and no signed retention checkpoint says they were pruned`,
      );
    }
    previous = boundary.headHash;
  }
  const signedAt = new Map<number, string>();
  for (const checkpoint of checkpoints) signedAt.set(checkpoint.count, checkpoint.headHash);
  const matchCheckpoint = (sequence: number, hash: string) => {
    const signed = signedAt.get(sequence);
    if (signed !== undefined && signed !== hash) {
      throw new ChainBrokenError(
        `entry ${sequence}: a signed checkpoint says the chain's hash there is ${signed}, it is now ${hash}`,
      );
    }
  };
  if (first === 1) matchCheckpoint(0, GENESIS_HASH);

  let expected = first;
  for (;;) {
    const page = await disclosures.find({
      where: { sequence: MoreThan(expected - 1) },
      order: { sequence: "ASC" },
      take: PAGE,
    });
    if (page.length === 0) break;
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
      const recomputed = disclosureHash(dataSource, entry);
      if (recomputed !== entry.hash) {
        throw new ChainBrokenError(
          `entry ${sequence} (disclosure ${entry.id}) was altered: its content no longer matches its hash`,
        );
      }
      // Not hashed (derived), so checked here: a set id changed by hand would hide the entry
      // from its records' accounting.
      if (entry.recordSetId !== null && entry.recordSetId !== recordSetIdOf(entry.records)) {
        throw new ChainBrokenError(
          `entry ${sequence} (disclosure ${entry.id}) names a set of records other than the records it carried`,
        );
      }
      matchCheckpoint(sequence, recomputed);
      previous = recomputed;
      expected += 1;
    }
  }
  const last = expected - 1;
  const lastSigned = checkpoints.reduce((most, checkpoint) => Math.max(most, checkpoint.count), 0);
  if (lastSigned > last) {
    throw new ChainBrokenError(
      `entries ${last + 1} to ${lastSigned} are missing: a signed checkpoint counted ${lastSigned} entries, the chain ends at ${last}`,
    );
  }
  if (head.sequence > last) {
    throw new ChainBrokenError(
      `entries ${last + 1} to ${head.sequence} are missing: the chain's head is at ${head.sequence}`,
    );
  }
  if (head.sequence === last && head.hash !== previous) {
    throw new ChainBrokenError(`entry ${last}: the chain's head names another hash (${head.hash})`);
  }
  const unchained = await disclosures.countBy({ sequence: IsNull(), hash: Not(IsNull()) });
  if (unchained > 0) throw new ChainBrokenError(`${unchained} chained disclosure(s) lost their sequence`);
  return {
    entries: last - first + 1,
    first,
    headHash: previous,
    checkpoints: checkpoints.length,
    latestCheckpoint: checkpoints.at(-1) ?? null,
    pending: await disclosures.countBy({ sequence: IsNull() }),
  };
}

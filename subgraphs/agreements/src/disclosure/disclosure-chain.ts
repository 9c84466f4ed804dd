import { createHash } from "node:crypto";
import { type DataSource, type EntityManager } from "typeorm";
import { type Disclosure } from "./disclosure.entity";
import { type DisclosureRecord } from "./disclosure-record.entity";
import { DisclosureChainHead } from "./disclosure-chain.entity";

/** The previousHash of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level and no spaces: one text for one content. */
export function canonicalJson(value: unknown): string {
  const normal = (item: unknown): Json => {
    if (item instanceof Date) return item.toISOString();
    if (Array.isArray(item)) return item.map(normal);
    if (item !== null && typeof item === "object") {
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((key) => [key, normal((item as Record<string, unknown>)[key])]),
      );
    }
    return (item ?? null) as Json;
  };
  return JSON.stringify(normal(value));
}

/**
 * An entry's hash: SHA-256 of the canonical JSON of every column of the disclosure (but its own
 * hash) and of every record it carried, in (typeName, recordKey) order. previousHash and sequence
 * are columns, so an entry commits to its place and to everything before it.
 */
export function disclosureHash(disclosure: Disclosure, records: DisclosureRecord[]): string {
  const { hash: _own, ...columns } = disclosure;
  const carried = [...records]
    .sort((a, b) => compare(a.typeName, b.typeName) || compare(a.recordKey, b.recordKey))
    .map((record) => ({ ...record }));
  const content = canonicalJson({ ...columns, records: carried });
  return createHash("sha256").update(content).digest("hex");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** MySQL `datetime` keeps whole seconds: hash what is stored, not what was meant. */
export function storedInstant(dataSource: DataSource, at: Date): Date {
  return dataSource.options.type === "better-sqlite3" ? at : new Date(Math.floor(at.getTime() / 1000) * 1000);
}

/** Reads and locks the head (FOR UPDATE on MySQL); creates it on a database built by synchronize. */
async function lockHead(manager: EntityManager): Promise<DisclosureChainHead> {
  const repository = manager.getRepository(DisclosureChainHead);
  const query = repository.createQueryBuilder("head").where("head.id = 1");
  if (manager.connection.options.type !== "better-sqlite3") query.setLock("pessimistic_write");
  const head = await query.getOne();
  if (head) return head;
  // Only the embedded default gets here (the migration inserts the row), where writers are serial.
  const fresh = Object.assign(new DisclosureChainHead(), { id: 1, sequence: 0, hash: GENESIS_HASH });
  await repository.insert(fresh);
  return fresh;
}

/**
 * Gives each disclosure, in order, the next sequence, the previous hash and its own hash, and
 * moves the head: call inside the transaction that inserts them, before inserting.
 */
export async function chainDisclosures(
  manager: EntityManager,
  disclosures: Disclosure[],
  recordsOf: (disclosure: Disclosure) => DisclosureRecord[],
): Promise<void> {
  const head = await lockHead(manager);
  let { sequence, hash } = head;
  for (const disclosure of disclosures) {
    sequence += 1;
    disclosure.sequence = sequence;
    disclosure.previousHash = hash;
    disclosure.hash = null;
    hash = disclosureHash(disclosure, recordsOf(disclosure));
    disclosure.hash = hash;
  }
  await manager.getRepository(DisclosureChainHead).update({ id: 1 }, { sequence, hash });
}

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs appends of one process one at a time. The database lock alone serializes processes; this
 * keeps one process's appends from piling up on that lock, and on SQLite (one connection shared
 * by every request) keeps two transactions from interleaving their statements.
 */
export function oneAppendAtATime<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

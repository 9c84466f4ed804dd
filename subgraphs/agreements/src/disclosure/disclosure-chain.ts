import { createHash } from "node:crypto";
import { type DataSource, type EntityManager } from "typeorm";
import { DisclosureChainHead } from "./disclosure-chain.entity";
import { Disclosure } from "./disclosure.entity";
import { addDerivedRows } from "./disclosure-records";
import { recordSetIdOf } from "./record-sets";

/** The previousHash of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** Disclosures chained per transaction: a few milliseconds of work, and a short lock. */
export const CHAIN_BATCH = 500;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level and no spaces: one text for one content. */
export function canonicalJson(value: unknown): string {
  const normal = (item: unknown): Json => {
    if (item instanceof Date) return item.toISOString();
    // A list of strings (record keys, the bulk of a row) is already what it would be copied to.
    if (Array.isArray(item)) return item.every((element) => typeof element === "string") ? item : item.map(normal);
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
 * Columns that are not content but derived from it, left out of the hash: `recordSetId` names
 * the set of the `records` column, which is hashed; verification recomputes it instead
 * (disclosure-chain-verification.ts), so it can be set on entries chained before it existed.
 */
const DERIVED_COLUMNS = new Set(["hash", "recordSetId"]);

/**
 * An entry's hash: SHA-256 of the canonical JSON of every column of the stored row but its own
 * hash and what is derived from the rest. previousHash and sequence are columns, so an entry
 * commits to its place and to all before it; the packed record keys are a column, so it commits
 * to whom it disclosed too. Every other column the entity has counts, those added later included.
 */
export function disclosureHash(dataSource: DataSource, row: Disclosure): string {
  const content: Record<string, unknown> = {};
  for (const column of dataSource.getMetadata(Disclosure).columns) {
    if (!DERIVED_COLUMNS.has(column.propertyName)) content[column.propertyName] = column.getEntityValue(row);
  }
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

const isSqlite = (dataSource: DataSource) => dataSource.options.type === "better-sqlite3";

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * On the embedded database (one connection shared by every request) a transaction would take in
 * whatever statement another request sends meanwhile: appends and chaining take turns there. On
 * MySQL each has a connection of its own and the head's row lock orders the workers.
 */
export function oneWriterAtATime<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (!isSqlite(dataSource)) return work();
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

/** Reads and locks the head (FOR UPDATE on MySQL); creates it where the schema was synchronized. */
export async function lockHead(manager: EntityManager): Promise<DisclosureChainHead> {
  const repository = manager.getRepository(DisclosureChainHead);
  const query = repository.createQueryBuilder("head").where("head.id = 1");
  if (manager.connection.options.type !== "better-sqlite3") query.setLock("pessimistic_write");
  const head = await query.getOne();
  if (head) return head;
  // The migration inserts the row on MySQL; only a synchronized (embedded) schema gets here.
  const fresh = Object.assign(new DisclosureChainHead(), { id: 1, sequence: 0, hash: GENESIS_HASH });
  await repository.insert(fresh);
  return fresh;
}

/** Where the chain ends: the newest entry's sequence and hash. */
export interface ChainPosition {
  sequence: number;
  hash: string;
}

/**
 * Gives each row, in order, the next place after `head`: its sequence, the previous entry's hash
 * and its own hash over all of that. Returns where the chain then ends.
 */
export function linkAfter(dataSource: DataSource, head: ChainPosition, rows: Disclosure[]): ChainPosition {
  let { sequence, hash } = head;
  for (const disclosure of rows) {
    disclosure.sequence = sequence += 1;
    disclosure.previousHash = hash;
    disclosure.hash = hash = disclosureHash(dataSource, disclosure);
  }
  return { sequence, hash };
}

/** Moves the head (locked by lockHead) to the newest entry. */
export async function moveHead(manager: EntityManager, head: ChainPosition): Promise<void> {
  await manager.getRepository(DisclosureChainHead).update({ id: 1 }, head);
}

/**
 * Chains the oldest unchained disclosures (at most CHAIN_BATCH), in one transaction: each gets
 * the next sequence, the previous entry's hash and its own; its records their set
 * (record-sets.ts) and its arrangements their day counts; the head moves. Returns how many it chained. Safe to
 * run from every replica at once (they queue on the head) and to stop at any point (a
 * transaction that did not commit left nothing). Appends chain their own rows as they insert
 * them (disclosure-append.ts): what waits here was written by an agreements of an older version
 * (a rolling upgrade), or restored by hand.
 */
export function chainPendingDisclosures(dataSource: DataSource): Promise<number> {
  return oneWriterAtATime(dataSource, () =>
    dataSource.transaction(async (manager) => {
      const head = await lockHead(manager);
      const pending = await manager
        .getRepository(Disclosure)
        .createQueryBuilder("disclosure")
        .where("disclosure.sequence IS NULL")
        .orderBy("disclosure.at", "ASC")
        .addOrderBy("disclosure.id", "ASC")
        .limit(CHAIN_BATCH)
        .getMany();
      if (pending.length === 0) return 0;
      const end = linkAfter(dataSource, head, pending);
      for (const disclosure of pending) disclosure.recordSetId = recordSetIdOf(disclosure.records);
      await setChainColumns(manager, pending);
      await addDerivedRows(manager, pending);
      await moveHead(manager, end);
      return pending.length;
    }),
  );
}

/** One UPDATE for the whole batch: sequence, previousHash, hash and recordSetId by id. */
async function setChainColumns(manager: EntityManager, chained: Disclosure[]): Promise<void> {
  const escape = (name: string) => manager.connection.driver.escape(name);
  const cases = (column: keyof Disclosure) =>
    `${escape(column)} = CASE ${escape("id")} ${chained.map(() => "WHEN ? THEN ?").join(" ")} END`;
  const pairs = (column: keyof Disclosure) => chained.flatMap((row) => [row.id, row[column]]);
  await manager.query(
    `UPDATE ${escape("disclosures")} SET ${cases("sequence")}, ${cases("previousHash")}, ${cases("hash")}, ${cases("recordSetId")}
     WHERE ${escape("id")} IN (${chained.map(() => "?").join(", ")}) AND ${escape("sequence")} IS NULL`,
    [
      ...pairs("sequence"),
      ...pairs("previousHash"),
      ...pairs("hash"),
      ...pairs("recordSetId"),
      ...chained.map((row) => row.id),
    ],
  );
}

/** Resolves once every disclosure stored so far is chained (tests, commands). */
export async function drainDisclosureChain(dataSource: DataSource): Promise<void> {
  while ((await chainPendingDisclosures(dataSource)) > 0);
}

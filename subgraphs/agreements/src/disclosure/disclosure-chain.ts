import { createHash } from "node:crypto";
import { createLogger, errorForLog } from "@frontera/service";
import { type DataSource, type EntityManager } from "typeorm";
import { DisclosureChainHead } from "./disclosure-chain.entity";
import { Disclosure } from "./disclosure.entity";
import { addRecordLookups } from "./disclosure-records";

/** The previousHash of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** Disclosures chained per transaction: a few milliseconds of work, and a short lock. */
export const CHAIN_BATCH = 500;

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
 * An entry's hash: SHA-256 of the canonical JSON of every column of the stored row but its own
 * hash. previousHash and sequence are columns, so an entry commits to its place and to all
 * before it; the packed record keys are a column, so it commits to whom it disclosed too. Every
 * column the entity has counts, those added later included.
 */
export function disclosureHash(dataSource: DataSource, row: Disclosure): string {
  const content: Record<string, unknown> = {};
  for (const column of dataSource.getMetadata(Disclosure).columns) {
    if (column.propertyName !== "hash") content[column.propertyName] = column.getEntityValue(row);
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

/**
 * Chains the oldest unchained disclosures (at most CHAIN_BATCH), in one transaction: each gets
 * the next sequence, the previous entry's hash and its own; its records get their lookup rows
 * and its arrangements their day counts; the head moves. Returns how many it chained. Safe to
 * run from every replica at once (they queue on the head) and to stop at any point (a
 * transaction that did not commit left nothing).
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
      let { sequence, hash } = head;
      for (const disclosure of pending) {
        disclosure.sequence = sequence += 1;
        disclosure.previousHash = hash;
        disclosure.hash = hash = disclosureHash(dataSource, disclosure);
      }
      await setChainColumns(manager, pending);
      await addRecordLookups(manager, pending);
      await manager.getRepository(DisclosureChainHead).update({ id: 1 }, { sequence, hash });
      return pending.length;
    }),
  );
}

/** One UPDATE for the whole batch: sequence, previousHash and hash by id. */
async function setChainColumns(manager: EntityManager, chained: Disclosure[]): Promise<void> {
  const escape = (name: string) => manager.connection.driver.escape(name);
  const cases = (column: keyof Disclosure) =>
    `${escape(column)} = CASE ${escape("id")} ${chained.map(() => "WHEN ? THEN ?").join(" ")} END`;
  const pairs = (column: keyof Disclosure) => chained.flatMap((row) => [row.id, row[column]]);
  await manager.query(
    `UPDATE ${escape("disclosures")} SET ${cases("sequence")}, ${cases("previousHash")}, ${cases("hash")}
     WHERE ${escape("id")} IN (${chained.map(() => "?").join(", ")}) AND ${escape("sequence")} IS NULL`,
    [...pairs("sequence"), ...pairs("previousHash"), ...pairs("hash"), ...chained.map((row) => row.id)],
  );
}

/**
 * How long an append waits for company before the worker chains: one round (one transaction,
 * a handful of statements) then takes every disclosure stored meanwhile, by any request, instead
 * of one round per group commit. Short enough that a disclosure shows under its records "within
 * moments" (docs/security-model.md).
 */
const GATHER_MS = 100;

interface Worker {
  scheduled: boolean;
  running: boolean;
  idle: Array<() => void>;
}
const workers = new WeakMap<DataSource, Worker>();

async function runWorker(dataSource: DataSource, worker: Worker): Promise<void> {
  worker.scheduled = false;
  worker.running = true;
  try {
    while (dataSource.isInitialized && (await chainPendingDisclosures(dataSource)) === CHAIN_BATCH);
  } catch (error) {
    // The cause, stack included, is what an operator needs to act on; the rows wait meanwhile.
    if (dataSource.isInitialized)
      createLogger("agreements").error({ err: errorForLog(error) }, "chaining disclosures failed; retried later");
  } finally {
    worker.running = false;
    for (const resolve of worker.idle.splice(0)) resolve();
  }
}

/**
 * Asks this process's chaining worker to run shortly (after an append, and from the sweep): it
 * chains until nothing is pending. Never throws: a failed round is retried at the next nudge or
 * sweep, and the rows wait unchained meanwhile.
 */
export function nudgeDisclosureChain(dataSource: DataSource): void {
  let worker = workers.get(dataSource);
  if (!worker) workers.set(dataSource, (worker = { scheduled: false, running: false, idle: [] }));
  if (worker.scheduled) return;
  worker.scheduled = true;
  const state = worker;
  // A round under way may have read its batch before this append: the next one comes after it.
  const timer = setTimeout(() => {
    const start = () => void runWorker(dataSource, state);
    if (state.running) state.idle.push(start);
    else start();
  }, GATHER_MS);
  timer.unref();
}

/** Resolves once every disclosure stored so far is chained (tests, commands). */
export async function drainDisclosureChain(dataSource: DataSource): Promise<void> {
  while ((await chainPendingDisclosures(dataSource)) > 0);
}

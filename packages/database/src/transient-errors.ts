import { TRANSACTION_SUPERSEDED } from "./statement-batches";

/**
 * Errors after which a transaction may simply run again. On a Galera cluster a transaction that
 * loses certification to a concurrent write on another node fails at COMMIT with the same error
 * as an InnoDB deadlock; a node leaving the cluster closes its connections. docs/scaling.md.
 */

/** MySQL/MariaDB error numbers after which the transaction is known to be rolled back. */
const ROLLED_BACK = new Set([
  1213, // ER_LOCK_DEADLOCK: a deadlock, or a Galera certification conflict
  1205, // ER_LOCK_WAIT_TIMEOUT
  1047, // ER_UNKNOWN_COM_ERROR: "WSREP has not yet prepared node for application use"
]);

/** Connection failures: the transaction may or may not have committed before the connection went. */
const CONNECTION_LOST = new Set([
  "PROTOCOL_CONNECTION_LOST",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "ER_SERVER_SHUTDOWN",
  "ER_CONNECTION_KILLED",
  "ER_QUERY_INTERRUPTED",
]);

interface DriverError {
  errno?: number;
  code?: string;
  driverError?: DriverError;
}

function driverErrorOf(error: unknown): DriverError {
  const outer = (error ?? {}) as DriverError;
  return outer.driverError ?? outer;
}

/**
 * The transaction was rolled back by the server (or, split by it, stopped before its COMMIT: a
 * StatementBatch's TransactionSupersededError): running it again is always safe.
 */
export function isRolledBackConflict(error: unknown): boolean {
  const { errno, code } = driverErrorOf(error);
  return (errno !== undefined && ROLLED_BACK.has(errno)) || code === TRANSACTION_SUPERSEDED;
}

/** The connection went away: safe to run again only where a retry finds what a commit left (a key). */
export function isConnectionLost(error: unknown): boolean {
  const { code } = driverErrorOf(error);
  return code !== undefined && CONNECTION_LOST.has(code);
}

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** The first pause; each next one doubles, with jitter so that racing writers part ways. */
  firstDelayMs?: number;
}

/** Runs `run` again after a transient error `retryable` accepts, a few times, then gives up with the last. */
export async function retryTransient<T>(
  run: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  { attempts = 6, firstDelayMs = 25 }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !retryable(error)) throw error;
      const delay = firstDelayMs * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * delay));
    }
  }
}

import { type Response } from "express";
import { GraphQLError, type GraphQLSchema, isObjectType } from "graphql";

// How often a long execution reads the clock, so that it can hear the caller hang up.
const RESOLVER_CALLS_BETWEEN_CLOCK_READS = 64;
// A request pauses only after holding the event loop this long: a pause splits the DataLoader
// batches of the resolvers around it, so an ordinary request must not pause (a ShipmentDossier of
// 100 rows holds it for well under this), while an abandoned one still stops within a fraction
// of a second.
const MAX_MS_WITHOUT_YIELD = 100;

/**
 * Whether the client of one request is still there. The gateway drops its connection when its
 * subgraph timeout passes; from then on nobody will read the answer, so nothing more should run.
 */
export class CallerConnection {
  private readonly controller = new AbortController();
  private calls = 0;
  /** Since when a turn of the event loop has been awaited; null while none is awaited. */
  private waitingSince: number | null = null;
  private paused: Promise<void> | undefined;

  /**
   * `holdsEventLoop`: the database answers synchronously (embedded SQLite), so a long request
   * must pause now and then to hear the caller hang up. A database reached over the network
   * (MySQL) lets the loop turn at every statement, and pausing would split DataLoader batches.
   */
  constructor(
    response: Response,
    private readonly holdsEventLoop = true,
  ) {
    // 'close' after the answer was sent is the normal end; before it, the caller went away.
    const hungUp = () => {
      if (!response.writableFinished) this.controller.abort();
    };
    if (response.closed) hungUp();
    else response.once("close", hungUp);
  }

  /** Aborted once the caller has gone. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * A promise to wait on when the request has kept the event loop to itself for a while: an
   * execution that never awaits real I/O (SQLite answers synchronously) would otherwise never see
   * the 'close'. Only then: an execution that awaits I/O (MySQL) lets the loop turn by itself, and
   * pausing it would split the DataLoader batches of its resolvers. While the pause lasts every
   * resolver of the request waits on it, or its other branches would keep the loop busy with
   * promise jobs and the pause would never come.
   */
  pace(): Promise<void> | undefined {
    if (!this.holdsEventLoop) return undefined;
    if (this.paused) return this.paused;
    if (++this.calls % RESOLVER_CALLS_BETWEEN_CLOCK_READS !== 0) return undefined;
    if (this.waitingSince === null) {
      // Watch for the next turn of the loop; if it comes, the loop is not held.
      this.waitingSince = performance.now();
      setImmediate(() => (this.waitingSince = null));
      return undefined;
    }
    if (performance.now() - this.waitingSince < MAX_MS_WITHOUT_YIELD) return undefined;
    this.paused = new Promise((resolve) =>
      setImmediate(() => {
        this.paused = undefined;
        resolve();
      }),
    );
    return this.paused;
  }
}

export function callerGone(): GraphQLError {
  return new GraphQLError("the caller has gone; the request was stopped", {
    extensions: { code: "CLIENT_CLOSED_REQUEST" },
  });
}

/**
 * Wraps every field that has a resolver of its own (those are the ones that load: root fields,
 * `_entities`, relations; the default resolvers only read a property) so that once the caller
 * has gone they throw instead of loading and descending further. Changed in place, like
 * enforceScopes; apply it after that, so that it runs first.
 */
export function stopWhenCallerGone(
  schema: GraphQLSchema,
  connectionOf: (context: unknown) => CallerConnection | undefined,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        const connection = connectionOf(context);
        if (!connection) return resolve(source, args, context, info);
        if (connection.signal.aborted) throw callerGone();
        const paused = connection.pace();
        if (!paused) return resolve(source, args, context, info);
        return paused.then(() => {
          if (connection.signal.aborted) throw callerGone();
          return resolve(source, args, context, info);
        });
      };
    }
  }
  return schema;
}

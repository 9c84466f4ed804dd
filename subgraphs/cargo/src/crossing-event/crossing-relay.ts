import { createLogger, ownRequestUserAgent, signedRequestBody } from "@frontera/service";
import { type SubgraphRuntime, type SubgraphWorker } from "@frontera/subgraph";
import { Direction } from "@frontera/federation";
import { type DataSource } from "typeorm";
import { TripCrossingEvent } from "./trip-crossing-event.entity";

export const CROSSING_RELAY = "crossing-relay";

// travellers' @inaccessible mutation: absent from the gateway's schema, open to this relay alone.
const DELIVER = `mutation RecordTripCrossingEvent($event: TripCrossingEventInput!) {
  recordTripCrossingEvent(event: $event)
}`;

export interface CrossingRelayTiming {
  /** How often the relay looks for due events besides being woken after a commit. */
  pollMs: number;
  /** The wait after a first failed attempt; it doubles with each further one… */
  firstRetryMs: number;
  /** …up to this. */
  maxRetryMs: number;
  /** The longest one delivery may take. */
  timeoutMs: number;
  /** Events read from the outbox at a time. */
  batchSize: number;
}

export const CROSSING_RELAY_TIMING: CrossingRelayTiming = {
  pollMs: 2_000,
  firstRetryMs: 1_000,
  maxRetryMs: 60_000,
  timeoutMs: 5_000,
  batchSize: 50,
};

/** The wait before the next attempt, after `attempts` failed ones. */
export function retryDelayMs(attempts: number, timing: CrossingRelayTiming = CROSSING_RELAY_TIMING): number {
  return Math.min(timing.maxRetryMs, timing.firstRetryMs * 2 ** Math.max(0, attempts - 1));
}

interface Answer {
  data?: { recordTripCrossingEvent?: string | null } | null;
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/**
 * Delivers the outbox of truck crossings to travellers, which writes the driver's Crossing once per
 * event id: at least once, however often an event is sent. Woken right after the commit that
 * wrote an event, and every `pollMs` for the ones that wait; an event that fails waits
 * `retryDelayMs` (1 s, 2 s, 4 s … 60 s) before the next attempt, so a travellers outage costs a
 * retry a minute per event, not a storm. Several cargo replicas may each run one; travellers'
 * idempotency makes that safe.
 */
export class CrossingRelay implements SubgraphWorker {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private wokenWhileRunning = false;
  private stopped = false;
  private readonly logger = createLogger("cargo");

  constructor(
    private readonly dataSource: DataSource,
    /** Where travellers answers (asked at each delivery); without it the events wait in the outbox. */
    private readonly travellersUrl: () => string | undefined,
    private readonly token: () => Promise<string>,
    private readonly upstreamSecret: string,
    private readonly timing: CrossingRelayTiming = CROSSING_RELAY_TIMING,
  ) {
    this.timer = setInterval(() => this.wake(), timing.pollMs);
    this.timer.unref();
  }

  wake(): void {
    if (this.stopped || !this.travellersUrl()) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    this.running = this.deliverDue()
      .catch((error: unknown) => this.logger.warn({ err: String(error) }, "crossing relay: outbox unreadable"))
      .finally(() => {
        this.running = null;
        if (this.wokenWhileRunning) {
          this.wokenWhileRunning = false;
          this.wake();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends every due event, a batch at a time; stops early when travellers cannot be reached. */
  private async deliverDue(): Promise<void> {
    const outbox = this.dataSource.getRepository(TripCrossingEvent);
    for (;;) {
      const due = await outbox
        .createQueryBuilder("event")
        .where("event.deliveredAt IS NULL")
        .andWhere("event.nextAttemptAt <= :now", { now: new Date() })
        .orderBy("event.nextAttemptAt", "ASC")
        .limit(this.timing.batchSize)
        .getMany();
      for (const event of due) {
        if (this.stopped) return;
        const failure = await this.send(event);
        if (failure === null) {
          await outbox.update(
            { eventId: event.eventId },
            { deliveredAt: new Date(), attempts: event.attempts + 1, lastError: null },
          );
          continue;
        }
        const attempts = event.attempts + 1;
        await outbox.update(
          { eventId: event.eventId },
          {
            attempts,
            nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts, this.timing)),
            lastError: failure.reason.slice(0, 300),
          },
        );
        this.logger.warn(
          { eventId: event.eventId, tripNumber: event.tripNumber, attempts, reason: failure.reason },
          "crossing relay: travellers did not take the event; it waits",
        );
        // Travellers is unreachable: the other events would only fail the same way.
        if (failure.unreachable) return;
      }
      if (due.length < this.timing.batchSize) return;
    }
  }

  /** null when travellers has the driver's crossing of this event; otherwise why not. */
  private async send(event: TripCrossingEvent): Promise<{ reason: string; unreachable: boolean } | null> {
    const variables = {
      event: {
        eventId: event.eventId,
        tripNumber: event.tripNumber,
        driverId: event.driverId,
        portCode: event.portCode,
        at: event.at.toISOString(),
        lane: event.lane,
        // An event written before directions were kept is a northbound trip's.
        direction: event.direction ?? Direction.NORTHBOUND,
      },
    };
    let response: Response;
    try {
      response = await fetch(this.travellersUrl()!, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await this.token()}`,
          "user-agent": ownRequestUserAgent("crossing-relay"),
        },
        body: signedRequestBody(this.upstreamSecret, { query: DELIVER, variables }),
        signal: AbortSignal.timeout(this.timing.timeoutMs),
      });
    } catch (error) {
      return { reason: `travellers unreachable: ${(error as Error).message}`, unreachable: true };
    }
    const answer = (await response.json().catch(() => ({}))) as Answer;
    if (typeof answer.data?.recordTripCrossingEvent === "string") return null;
    const error = answer.errors?.[0];
    const reason = error
      ? `${error.extensions?.code ?? "ERROR"}: ${error.message ?? ""}`
      : `HTTP ${response.status} without an answer`;
    return { reason, unreachable: response.status >= 500 && !answer.errors };
  }
}

/** The relay of one cargo process: its own service token, holding only `crossings:record`. */
export function startCrossingRelay(runtime: SubgraphRuntime): CrossingRelay {
  return new CrossingRelay(
    runtime.dataSource,
    () => runtime.peers.travellers,
    runtime.serviceTokenWith(["crossings:record"]),
    runtime.upstreamSecret,
  );
}

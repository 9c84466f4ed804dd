import { KeyStore } from "@frontera/auth";
import { createLogger, errorForLog } from "@frontera/service";
import { type SubgraphOptions, type SubgraphRuntime, type SubgraphWorker } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { CHAIN_BATCH, chainPendingDisclosures } from "./disclosure-chain";
import { checkpointDisclosureChain } from "./disclosure-checkpoints";
import { DEFAULT_RETENTION_DAYS, pruneDisclosures } from "./disclosure-retention";

/** The worker's name, for `wake`. */
export const DISCLOSURE_CHAIN = "disclosure-chain";

/**
 * How long a wake waits for company before the worker chains: one round (one transaction, a
 * handful of statements) then takes every disclosure stored unchained meanwhile.
 */
const GATHER_MS = 100;
// A serving process looks for disclosures stored unchained (by an agreements of an older version,
// during a rolling upgrade) this often…
const SWEEP_MS = 5_000;
// …and signs a checkpoint (and prunes) this often.
const HOURLY_MS = 60 * 60 * 1000;

/**
 * Chains disclosures stored without their place in the chain: appends chain their own rows
 * (disclosure-append.ts), so these are an older version's, written during a rolling upgrade.
 * Woken, it gathers for GATHER_MS, then chains until nothing is pending; a failed round is retried
 * at the next wake, the rows waiting unchained meanwhile. With the process's periodic tasks on, it
 * wakes every SWEEP_MS and at start, and every hour prunes what is past retention and signs a
 * checkpoint. None of its timers keeps the process alive.
 */
export class DisclosureChainWorker implements SubgraphWorker {
  private scheduled = false;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly dataSource: DataSource,
    periodic?: { keys: KeyStore; retentionDays: number },
  ) {
    if (!periodic) return;
    this.every(SWEEP_MS, () => this.wake());
    this.every(HOURLY_MS, () => {
      pruneDisclosures(dataSource, periodic.keys, periodic.retentionDays)
        .then(() => checkpointDisclosureChain(dataSource, periodic.keys, "hourly"))
        .catch((error: unknown) => this.report("the hourly disclosure checkpoint failed:", error));
    });
    // Chain whatever was left from before this process started.
    this.wake();
  }

  wake(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const timer = setTimeout(() => {
      // A round under way may have read its batch before this append: the next one comes after it.
      if (this.running) void this.running.then(() => this.start());
      else this.start();
    }, GATHER_MS);
    timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.running;
  }

  private start(): void {
    // A stopping process leaves what waits to the next sweep, its own or another replica's.
    if (this.stopped) return;
    this.scheduled = false;
    this.running = this.chainUntilDone().finally(() => {
      this.running = null;
    });
  }

  private async chainUntilDone(): Promise<void> {
    try {
      while (this.dataSource.isInitialized && (await chainPendingDisclosures(this.dataSource)) === CHAIN_BATCH);
    } catch (error) {
      this.report("chaining disclosures failed, retried later:", error);
    }
  }

  private every(ms: number, work: () => void): void {
    const timer = setInterval(work, ms);
    timer.unref();
    this.timers.push(timer);
  }

  private readonly logger = createLogger("agreements");

  // The cause, stack included, is what an operator needs to act on; the rows wait meanwhile.
  private report(what: string, error: unknown): void {
    if (!this.dataSource.isInitialized) return;
    this.logger.error({ err: errorForLog(error) }, what.replace(/:$/, ""));
  }
}

/** The chaining worker of one agreements process; its periodic tasks only where the process runs them. */
export function startDisclosureChainWorker(runtime: SubgraphRuntime, options: SubgraphOptions): DisclosureChainWorker {
  if (options.backgroundTasks === false) return new DisclosureChainWorker(runtime.dataSource);
  return new DisclosureChainWorker(runtime.dataSource, {
    keys: new KeyStore(options.auth.keysFile, options.auth.inlineKeys),
    retentionDays: options.disclosureRetentionDays ?? DEFAULT_RETENTION_DAYS,
  });
}

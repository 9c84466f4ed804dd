import { KeyStore } from "@frontera/auth";
import { type SubgraphEnv } from "@frontera/config";
import { createLogger, errorForLog } from "@frontera/service";
import { type SubgraphOptions } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { withDatabase } from "../access/token-command";
import { drainDisclosureChain, nudgeDisclosureChain } from "./disclosure-chain";
import { verifyDisclosureChain } from "./disclosure-chain-verification";
import { checkpointDisclosureChain } from "./disclosure-checkpoints";
import { DEFAULT_RETENTION_DAYS, pruneDisclosures } from "./disclosure-retention";

const USAGE = `disclosures verify | disclosures checkpoint | disclosures prune`;

// A running agreements subgraph signs a checkpoint (and prunes) this often…
const HOURLY_MS = 60 * 60 * 1000;
// …and looks for disclosures no worker has chained yet (another replica's that stopped) this often.
const SWEEP_MS = 5_000;

export async function disclosuresCommand(argv: string[], env: SubgraphEnv): Promise<string> {
  const [action] = argv;
  const keys = new KeyStore(env.auth.keysFile, env.auth.inlineKeys);
  if (action === "verify") {
    const report = await withDatabase(env, (dataSource) => verifyDisclosureChain(dataSource, keys));
    const latest = report.latestCheckpoint
      ? `, latest checkpoint at entry ${report.latestCheckpoint.count} (${report.latestCheckpoint.at})`
      : ", no checkpoint yet";
    const from =
      report.first > 1 ? ` (from entry ${report.first}, the older ones pruned under a signed checkpoint)` : "";
    return `disclosure chain intact: ${report.entries} entries checked${from}, head ${report.headHash}${latest}; ${report.pending} not chained yet`;
  }
  if (action === "checkpoint") {
    await keys.ensure();
    const checkpoint = await withDatabase(env, async (dataSource) => {
      await drainDisclosureChain(dataSource);
      return checkpointDisclosureChain(dataSource, keys);
    });
    return `checkpoint ${checkpoint.id}: ${checkpoint.count} entries, head ${checkpoint.headHash}`;
  }
  if (action === "prune") {
    await keys.ensure();
    const days = env.disclosureRetentionDays;
    const pruned = await withDatabase(env, async (dataSource) => {
      await drainDisclosureChain(dataSource);
      return pruneDisclosures(dataSource, keys, days);
    });
    return `pruned ${pruned} disclosures older than ${days} days`;
  }
  throw new Error(USAGE);
}

/**
 * A serving agreements subgraph's timers, none keeping the process alive: a sweep that chains
 * what no nudge did (a replica stopped between its insert and its chaining), and every hour a
 * signed checkpoint and the pruning of what is past retention.
 */
export function startDisclosureTasks(dataSource: DataSource, options: SubgraphOptions): () => void {
  const keys = new KeyStore(options.auth.keysFile, options.auth.inlineKeys);
  const logger = createLogger("agreements");
  const report = (what: string) => (error: unknown) => {
    if (dataSource.isInitialized) logger.error({ err: errorForLog(error) }, `${what} failed`);
  };
  const sweep = setInterval(() => nudgeDisclosureChain(dataSource), SWEEP_MS);
  const hourly = setInterval(() => {
    pruneDisclosures(dataSource, keys, options.disclosureRetentionDays ?? DEFAULT_RETENTION_DAYS)
      .then(() => checkpointDisclosureChain(dataSource, keys, "hourly"))
      .catch(report("the hourly disclosure checkpoint"));
  }, HOURLY_MS);
  sweep.unref();
  hourly.unref();
  // Chain whatever was left from before this process started.
  nudgeDisclosureChain(dataSource);
  return () => {
    clearInterval(sweep);
    clearInterval(hourly);
  };
}

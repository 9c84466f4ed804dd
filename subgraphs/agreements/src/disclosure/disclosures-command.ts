import { KeyStore } from "@frontera/auth";
import { type SubgraphEnv } from "@frontera/config";
import { withDatabase } from "../access/token-command";
import { drainDisclosureChain } from "./disclosure-chain";
import { verifyDisclosureChain } from "./disclosure-chain-verification";
import { checkpointDisclosureChain } from "./disclosure-checkpoints";
import { pruneDisclosures } from "./disclosure-retention";

const USAGE = `disclosures verify | disclosures checkpoint | disclosures prune`;

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

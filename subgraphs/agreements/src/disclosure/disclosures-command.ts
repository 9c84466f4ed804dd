import { KeyStore } from "@frontera/auth";
import { type AuthEnv, type SubgraphEnv } from "@frontera/config";
import { type DataSource } from "typeorm";
import { withDatabase } from "../access/token-command";
import { checkpointDisclosureChain, verifyDisclosureChain } from "./disclosure-chain-verification";

const USAGE = `disclosures verify | disclosures checkpoint`;

// Checkpoints at least this often from a running agreements subgraph.
const CHECKPOINT_INTERVAL_MS = 60 * 60 * 1000;

export async function disclosuresCommand(argv: string[], env: SubgraphEnv): Promise<string> {
  const [action] = argv;
  const keys = new KeyStore(env.auth.keysFile, env.auth.inlineKeys);
  if (action === "verify") {
    const report = await withDatabase(env, (dataSource) => verifyDisclosureChain(dataSource, keys));
    const latest = report.latestCheckpoint
      ? `, latest checkpoint ${report.latestCheckpoint.count} entries at ${report.latestCheckpoint.at}`
      : ", no checkpoint yet";
    return `disclosure chain intact: ${report.entries} entries checked, head ${report.headHash}${latest}`;
  }
  if (action === "checkpoint") {
    await keys.ensure();
    const checkpoint = await withDatabase(env, (dataSource) => checkpointDisclosureChain(dataSource, keys));
    return `checkpoint ${checkpoint.id}: ${checkpoint.count} entries, head ${checkpoint.headHash}`;
  }
  throw new Error(USAGE);
}

/** Signs a checkpoint every hour while the subgraph runs; the timer never keeps the process alive. */
export function startDisclosureCheckpoints(dataSource: DataSource, auth: AuthEnv): () => void {
  const keys = new KeyStore(auth.keysFile, auth.inlineKeys);
  const timer = setInterval(() => {
    checkpointDisclosureChain(dataSource, keys).catch((error: unknown) => {
      process.stderr.write(
        `agreements: disclosure checkpoint failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    });
  }, CHECKPOINT_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

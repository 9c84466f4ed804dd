// `pnpm seed [--shipments N] [--seed N] [--as-of DATE]`: replaces every subgraph's data with the
// generated demo data. The generator is deterministic, so the three databases agree without
// talking, provided they share one as-of moment: it is decided here once (by default the start of
// the current UTC hour) and passed to each.
import { runInEverySubgraph } from "./workspace.mjs";

const args = process.argv.slice(2);
if (!args.includes("--as-of")) {
  const hour = new Date();
  hour.setUTCMinutes(0, 0, 0);
  args.push("--as-of", process.env.SEED_AS_OF || hour.toISOString());
}
await runInEverySubgraph(["seed", ...args]);

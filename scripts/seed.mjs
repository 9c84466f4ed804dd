// `pnpm seed [--shipments N] [--seed N]`: replaces every subgraph's data with the generated demo
// data. The generator is deterministic, so the three databases agree without talking.
import { runInEverySubgraph } from "./workspace.mjs";

await runInEverySubgraph(["seed", ...process.argv.slice(2)]);

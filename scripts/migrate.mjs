// `pnpm migrate`: applies pending versioned migrations to every subgraph's MySQL schema.
import { runInEverySubgraph } from "./workspace.mjs";

await runInEverySubgraph(["migrate"]);

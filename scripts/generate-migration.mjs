// `DATABASE_URL=mysql://… pnpm migration:generate <Name>`: for every subgraph whose entities
// differ from its migrated schema, writes the migration that closes the gap.
import { runInEverySubgraph } from "./workspace.mjs";

await runInEverySubgraph(["generate-migration", ...process.argv.slice(2)], { parallel: false, cwdOfSubgraph: true });

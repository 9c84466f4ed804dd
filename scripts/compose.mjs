// `pnpm compose`: each subgraph prints its SDL to schema.graphql, then the gateway composes them
// into gateway/supergraph.graphql. Both kinds of file are committed; tests fail when they drift.
import { run, runInEverySubgraph } from "./workspace.mjs";

await runInEverySubgraph(["print-sdl", "schema.graphql"], { cwdOfSubgraph: true });
process.exit(await run(process.execPath, ["gateway/dist/compose/compose-cli.js", ...process.argv.slice(2)]));

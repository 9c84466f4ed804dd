import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { SUPERGRAPH_FILE, composeSupergraph } from "./compose-supergraph";

// `pnpm compose`: after the subgraphs have printed their SDL, writes gateway/supergraph.graphql.
try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  process.stdout.write(`wrote ${relative(process.cwd(), SUPERGRAPH_FILE)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { apiBreakingChanges } from "./breaking-changes";
import { SUPERGRAPH_FILE, composeSupergraph } from "./compose-supergraph";

// `pnpm compose`: after the subgraphs have printed their SDL, composes gateway/supergraph.graphql.
// A change that would break clients (a field removed or retyped, …) is refused unless
// `--allow-breaking` says it is meant (after a deprecation period).
try {
  const next = composeSupergraph();
  const previous = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, "utf8") : null;
  const breaking = previous ? apiBreakingChanges(previous, next) : [];
  if (breaking.length) {
    process.stderr.write(
      `breaking changes against the committed supergraph:\n${breaking.map((change) => `  - ${change.type}: ${change.description}`).join("\n")}\n`,
    );
    if (!process.argv.includes("--allow-breaking")) {
      process.stderr.write("not written; rerun with `pnpm compose -- --allow-breaking` if that is meant\n");
      process.exit(1);
    }
  }
  writeFileSync(SUPERGRAPH_FILE, next);
  process.stdout.write(
    `wrote ${relative(process.cwd(), SUPERGRAPH_FILE)}${breaking.length ? ` with ${breaking.length} breaking changes` : ""}\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

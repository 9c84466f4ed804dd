// What the root scripts share: where things are, and how to run a subgraph command.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const subgraphNames = ["agreements", "cargo", "travellers"];

export function subgraphEntry(name) {
  return join(root, "subgraphs", name, "dist", "index.js");
}

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: root, ...options });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `node subgraphs/<name>/dist/index.js <args>` for every subgraph; exits non-zero if any failed. */
export async function runInEverySubgraph(args, { parallel = true, cwdOfSubgraph = false } = {}) {
  const runOne = (name) =>
    run(process.execPath, [subgraphEntry(name), ...args], cwdOfSubgraph ? { cwd: join(root, "subgraphs", name) } : {});
  const codes = parallel
    ? await Promise.all(subgraphNames.map(runOne))
    : await subgraphNames.reduce(
        async (previous, name) => [...(await previous), await runOne(name)],
        Promise.resolve([]),
      );
  if (codes.some((code) => code !== 0)) process.exit(1);
}

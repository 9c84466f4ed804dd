// Bundles a browser page's code with esbuild into its package's dist/ — GraphiQL (packages/ide) and
// the officer console (packages/console) — for the gateway to serve: everything the page needs,
// from this machine. `--if-stale` (npm start, the tests' global setup) skips a bundle newer than
// every file under src/, the package file and any other input named. Each package passes its own
// esbuild's `build` (a dev dependency of the package, not of the workspace root).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const modified = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

const newestIn = (dir) =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newestIn(join(dir, entry.name)) : modified(join(dir, entry.name)),
    ),
  );

export async function bundleForBrowser(build, { packageDir, name, entry, inputs = [], define = {}, loader = {} }) {
  const newest = Math.max(
    newestIn(join(packageDir, "src")),
    ...[join(packageDir, "package.json"), ...inputs].map(modified),
  );
  if (process.argv.includes("--if-stale") && modified(join(packageDir, "dist", `${name}.js`)) > newest) return;
  await build({
    entryPoints: { [name]: join(packageDir, "src", entry) },
    outdir: join(packageDir, "dist"),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    jsx: "automatic",
    legalComments: "linked",
    define: { "process.env.NODE_ENV": '"production"', ...define },
    loader,
    logLevel: "warning",
  });
}

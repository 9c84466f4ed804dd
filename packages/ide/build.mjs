// Bundles GraphiQL, React and the page's own code into dist/ (ide.js, ide.css, fonts): the gateway
// serves them from there, so the IDE works with no network but the gateway's.
import { build } from "esbuild";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

// `--if-stale` (npm start): nothing to do when the bundle is newer than every source file.
const modified = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};
const newestSource = Math.max(
  ...readdirSync(join(here, "src")).map((name) => modified(join(here, "src", name))),
  modified(join(here, "package.json")),
);
if (process.argv.includes("--if-stale") && modified(join(here, "dist", "ide.js")) > newestSource) process.exit(0);

await build({
  entryPoints: { ide: join(here, "src", "ide.tsx") },
  outdir: join(here, "dist"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  jsx: "automatic",
  legalComments: "linked",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".svg": "dataurl", ".png": "dataurl" },
  logLevel: "warning",
});

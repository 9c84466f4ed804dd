// Bundles the officer console — React, its libraries and the page's own code — into dist/
// (console.js, console.css): the gateway serves them at /console/assets, so the console needs no
// network but the gateway's. The registered documents' ids are read from the operations manifest
// here, at build time: the console sends them by id, as the gateway's trusted documents expect.
import { build } from "esbuild";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const manifestFile = join(here, "..", "operations", "manifest.json");

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
// `--if-stale` (npm start, the tests' global setup): nothing to do when the bundle is newer than
// every source, the package file and the manifest of registered documents.
const newestSource = Math.max(
  newestIn(join(here, "src")),
  modified(join(here, "package.json")),
  modified(manifestFile),
);
if (process.argv.includes("--if-stale") && modified(join(here, "dist", "console.js")) > newestSource) process.exit(0);

const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
const documentIds = Object.fromEntries(manifest.operations.map(({ name, id }) => [name, id]));

await build({
  entryPoints: { console: join(here, "src", "main.tsx") },
  outdir: join(here, "dist"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  jsx: "automatic",
  legalComments: "linked",
  define: {
    "process.env.NODE_ENV": '"production"',
    FRONTERA_DOCUMENT_IDS: JSON.stringify(documentIds),
  },
  logLevel: "warning",
});

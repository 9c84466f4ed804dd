import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseSubgraphEnv } from "@frontera/config";
import { createDataSource, describeDatabase, renderMigration, runMigrations } from "@frontera/database";
import { printSubgraphSdl } from "@frontera/federation";
import { parseSeedSize } from "@frontera/seed";
import { runService } from "@frontera/service";
import {
  type SubgraphContext,
  type SubgraphDefinition,
  startSubgraph,
  subgraphDatabaseOptions,
} from "./start-subgraph";

const USAGE = `commands: serve (default) | migrate | seed [--shipments N] [--seed N] [--as-of DATE] | print-sdl [file] | generate-migration <Name>`;

/**
 * The one entry point of a subgraph process. `serve` is what runs in production; the others are
 * the operator's and developer's tools, run with the same environment as the service.
 */
export function runSubgraphCommand<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  argv: string[],
): void {
  const [command = "serve", ...rest] = argv;
  const env = () => parseSubgraphEnv(definition.name, definition.defaultPort);
  if (command === "serve") {
    runService(definition.name, () => startSubgraph(definition, env()));
    return;
  }
  const commands: Record<string, () => Promise<string>> = {
    migrate: async () => {
      const applied = await runMigrations(subgraphDatabaseOptions(definition, env()));
      return `${definition.name}: ${applied.length ? `applied ${applied.join(", ")}` : "no pending migration"}`;
    },
    seed: async () => {
      const size = parseSeedSize(rest);
      const options = subgraphDatabaseOptions(definition, env());
      if (!options.url) mkdirSync(dirname(options.sqliteFile), { recursive: true });
      else await runMigrations(options);
      const dataSource = createDataSource(options);
      await dataSource.initialize();
      try {
        const started = Date.now();
        await definition.seed(dataSource, size);
        return `${definition.name}: seeded ${describeDatabase(dataSource.options)} (${size.shipments} shipments, seed ${size.seed}, as of ${size.asOf.toISOString()}) in ${Date.now() - started} ms`;
      } finally {
        await dataSource.destroy();
      }
    },
    "print-sdl": async () => {
      const sdl = printSubgraphSdl(await definition.buildSchema());
      if (!rest[0]) return sdl.trimEnd();
      writeFileSync(rest[0], sdl);
      return `${definition.name}: wrote ${rest[0]}`;
    },
    "generate-migration": () => generateMigration(definition, rest[0], env().databaseUrl),
  };
  for (const [name, extra] of Object.entries(definition.commands ?? {})) commands[name] = () => extra(rest, env());
  const run = commands[command];
  if (!run) {
    process.stderr.write(`unknown command "${command}"; ${USAGE}\n`);
    process.exit(2);
  }
  run().then(
    (message) => {
      process.stdout.write(`${message}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(
        `${definition.name} ${command} failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

/**
 * Diffs the entities against a MySQL schema migrated to the latest version and writes the
 * difference as a new migration under src/migrations (run from the subgraph's directory).
 */
async function generateMigration<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  name: string | undefined,
  databaseUrl: string | undefined,
): Promise<string> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error("give the migration a PascalCase name");
  if (!databaseUrl?.match(/^(mysql|mariadb):/)) throw new Error("set DATABASE_URL to a MySQL server to diff against");
  const options = subgraphDatabaseOptions(definition, { databaseUrl, dataDir: "" });
  await runMigrations(options);
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    const migration = await renderMigration(dataSource, name);
    if (!migration) return `${definition.name}: entities and schema agree, no migration needed`;
    const directory = join(process.cwd(), "src", "migrations");
    const fileName = `${migration.className.replace(name, "")}-${name}.ts`;
    writeFileSync(join(directory, fileName), migration.source);
    writeMigrationIndex(directory, definition.name);
    return `${definition.name}: wrote src/migrations/${fileName}`;
  } finally {
    await dataSource.destroy();
  }
}

/** Rewrites src/migrations/index.ts to list every migration file in timestamp order. */
function writeMigrationIndex(directory: string, subgraphName: string): void {
  const files = readdirSync(directory)
    .filter((file) => /^\d+-\w+\.ts$/.test(file))
    .sort();
  const imports = files.map((file) => {
    const [timestamp, name] = file.replace(/\.ts$/, "").split("-");
    return { className: `${name}${timestamp}`, module: `./${file.replace(/\.ts$/, "")}` };
  });
  const source = [
    "// Generated by `pnpm migration:generate <Name>`: every migration of this subgraph, in order.",
    ...imports.map((i) => `import { ${i.className} } from "${i.module}";`),
    "",
    `export const ${subgraphName}Migrations = [${imports.map((i) => i.className).join(", ")}];`,
    "",
  ].join("\n");
  writeFileSync(join(directory, "index.ts"), source);
}

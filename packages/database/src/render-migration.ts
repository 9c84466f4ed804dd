import { type DataSource } from "typeorm";

interface Statement {
  query: string;
  parameters?: unknown[];
}

function renderStatements(statements: Statement[]): string {
  return statements
    .map((s) => {
      const parameters = s.parameters?.length ? `, ${JSON.stringify(s.parameters)}` : "";
      return `    await queryRunner.query(${JSON.stringify(s.query)}${parameters});`;
    })
    .join("\n");
}

/**
 * Writes the TypeORM migration that brings the database behind `dataSource` to its entities,
 * as TypeScript source (what `typeorm migration:generate` does, without needing ts-node).
 * Returns undefined when the schema is already up to date.
 */
export async function renderMigration(
  dataSource: DataSource,
  name: string,
  timestamp = Date.now(),
): Promise<{ className: string; source: string } | undefined> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return undefined;
  const className = `${name.replace(/[^A-Za-z0-9]/g, "")}${timestamp}`;
  const source = `import { type MigrationInterface, type QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(queryRunner: QueryRunner): Promise<void> {
${renderStatements(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${renderStatements([...sql.downQueries].reverse())}
  }
}
`;
  return { className, source };
}

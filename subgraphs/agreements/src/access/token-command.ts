import {
  DATA_SHARING_SCOPES,
  KeyStore,
  SCOPE_VOCABULARY,
  TokenIssuer,
  grantingArrangements,
  isScope,
  parseScopeList,
  parseTtl,
} from "@frontera/auth";
import { type SubgraphEnv } from "@frontera/config";
import { createDataSource } from "@frontera/database";
import { subgraphDatabaseOptions } from "@frontera/subgraph";
import { parseArgs } from "node:util";
import { type DataSource } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { agreementsEntities } from "../entities";
import { agreementsMigrations } from "../migrations";
import { activeArrangementsOf } from "./resolve-access";
import { revokeTokenId } from "./revocation.resolver";
import { isAgreementsDatabaseEmpty, seedAgreements } from "../seed/seed-agreements";

const USAGE = `token issue --agency CODE --kind partner|internal [--scope "a b"] [--ttl 8h] [--subject NAME]
token revoke JTI [--reason TEXT]
token rotate-key`;

export async function withDatabase<T>(env: SubgraphEnv, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = createDataSource(
    subgraphDatabaseOptions(
      { name: "agreements", entities: agreementsEntities, migrations: agreementsMigrations },
      env,
    ),
  );
  await dataSource.initialize();
  try {
    // A token minted before the embedded default ever started still needs the agencies and
    // arrangements it is checked against.
    if (!env.databaseUrl && (await isAgreementsDatabaseEmpty(dataSource))) await seedAgreements(dataSource);
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Only for an agency in the agreements database. Partner scopes default to, and may never exceed,
 * what the agency's active arrangements grant; internal tokens only for the agencies configured
 * as internal, their scopes from the vocabulary. Prints the token alone, for scripts.
 */
async function issue(argv: string[], env: SubgraphEnv): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      agency: { type: "string" },
      kind: { type: "string" },
      scope: { type: "string" },
      ttl: { type: "string" },
      subject: { type: "string" },
    },
  });
  const agency = values.agency?.toUpperCase();
  if (!agency) throw new Error(`--agency is required\n${USAGE}`);
  if (values.kind !== "partner" && values.kind !== "internal") throw new Error("--kind is partner or internal");
  const asked = values.scope === undefined ? undefined : parseScopeList(values.scope);
  const unknown = (asked ?? []).filter((scope) => !isScope(scope));
  if (unknown.length) throw new Error(`not in the scope vocabulary: ${unknown.join(", ")}`);

  if (values.kind === "internal" && !env.auth.internalAgencies.includes(agency)) {
    throw new Error(
      `${agency} is not an internal agency (INTERNAL_AGENCIES: ${env.auth.internalAgencies.join(", ")}): ` +
        "its tokens are partner tokens, limited to its arrangements",
    );
  }
  if (values.kind === "internal" && !asked?.length)
    throw new Error(`an internal token names its scopes with --scope (${SCOPE_VOCABULARY.join(" ")})`);

  const granted = await withDatabase(env, async (dataSource) => {
    // Access resolution refuses a token whose agency Frontera does not know: never mint one.
    if (!(await dataSource.getRepository(Agency).existsBy({ code: agency }))) throw new Error(`no agency ${agency}`);
    if (values.kind === "internal") return null;
    const active = grantingArrangements(await activeArrangementsOf(dataSource, agency));
    return new Set(active.flatMap((arrangement) => arrangement.scopes));
  });
  let scopes: string[];
  if (granted === null) {
    scopes = asked ?? [];
  } else {
    if (granted.size === 0) throw new Error(`${agency} has no active arrangement: it may see nothing`);
    const beyond = (asked ?? []).filter(
      (scope) => !granted.has(scope) || !DATA_SHARING_SCOPES.includes(scope as never),
    );
    if (beyond.length) throw new Error(`${agency}'s active arrangements do not grant: ${beyond.join(", ")}`);
    scopes = asked ?? [...granted].sort();
  }
  const keys = new KeyStore(env.auth.keysFile, env.auth.inlineKeys);
  await keys.ensure();
  const { token } = await new TokenIssuer(keys, env.auth.issuer).issue({
    subject: values.subject ?? `${values.kind}-${agency.toLowerCase()}`,
    agency,
    kind: values.kind,
    scopes,
    ttlSeconds: parseTtl(values.ttl ?? "8h"),
  });
  return token;
}

export async function tokenCommand(argv: string[], env: SubgraphEnv): Promise<string> {
  const [action, ...rest] = argv;
  if (action === "issue") return issue(rest, env);
  if (action === "revoke") {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { reason: { type: "string" } },
      allowPositionals: true,
    });
    if (!positionals[0]) throw new Error(`which jti?\n${USAGE}`);
    const fresh = await withDatabase(env, (dataSource) =>
      revokeTokenId(dataSource, positionals[0], "token-command", values.reason ?? null),
    );
    return fresh ? `revoked ${positionals[0]}` : `${positionals[0]} was already revoked`;
  }
  if (action === "rotate-key") {
    const kid = await new KeyStore(env.auth.keysFile, env.auth.inlineKeys).rotate();
    return `new signing key ${kid}; the previous one stays valid for the tokens it signed`;
  }
  throw new Error(USAGE);
}

import { TokenVerifier, KeyStore } from "@frontera/auth";
import { parseSubgraphEnv, type SubgraphEnv } from "@frontera/config";
import { type TestDatabase, prepareTestDatabase } from "@frontera/testing";
import { join } from "node:path";
import { tokenCommand } from "../src/access/token-command";
import { agreementsSubgraph } from "../src/subgraph";

let database: TestDatabase;

beforeAll(async () => {
  database = await prepareTestDatabase(agreementsSubgraph, { seed: 1, shipments: 1 });
});

afterAll(async () => {
  await database?.drop();
});

function envOf(extra: Record<string, string> = {}): SubgraphEnv {
  return parseSubgraphEnv("agreements", 0, {
    FRONTERA_DATA_DIR: database.dataDir,
    FRONTERA_KEYS_FILE: join(database.dataDir, "keys.json"),
    ...(database.databaseUrl ? { AGREEMENTS_DATABASE_URL: database.databaseUrl } : {}),
    ...extra,
  });
}

const issue = (args: string[], env = envOf()) => tokenCommand(["issue", ...args], env);

describe("token issue", () => {
  it("refuses an internal token for a partner agency, naming the internal agencies", async () => {
    await expect(issue(["--agency", "ANAM", "--kind", "internal", "--scope", "risk:read audit:read"])).rejects.toThrow(
      /ANAM is not an internal agency \(INTERNAL_AGENCIES: CBP\)/,
    );
  });

  it("refuses an agency the agreements database does not know, whatever the kind", async () => {
    await expect(issue(["--agency", "zzzz", "--kind", "partner"])).rejects.toThrow(/no agency ZZZZ/);
    await expect(
      issue(
        ["--agency", "zzzz", "--kind", "internal", "--scope", "risk:read"],
        envOf({ INTERNAL_AGENCIES: "CBP,ZZZZ" }),
      ),
    ).rejects.toThrow(/no agency ZZZZ/);
  });

  it("mints internal tokens for the agencies configured as internal, and partner tokens as before", async () => {
    const env = envOf({ INTERNAL_AGENCIES: "CBP APHIS" });
    const verifier = new TokenVerifier(new KeyStore(env.auth.keysFile), env.auth.issuer, env.auth);

    const cbp = await issue(["--agency", "CBP", "--kind", "internal", "--scope", "risk:read"], env);
    const aphis = await issue(["--agency", "aphis", "--kind", "internal", "--scope", "cargo:manifest:read"], env);
    const anam = await issue(["--agency", "ANAM", "--kind", "partner"], env);

    await expect(verifier.verify(cbp)).resolves.toMatchObject({ agency: "CBP", kind: "internal" });
    await expect(verifier.verify(aphis)).resolves.toMatchObject({ agency: "APHIS", kind: "internal" });
    await expect(verifier.verify(anam)).resolves.toMatchObject({ agency: "ANAM", kind: "partner" });
  });
});

import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The secret shared by the gateway and the subgraphs (they sign and check each subgraph request
 * with it). Production gives it; the embedded default keeps it in a file beside the signing keys,
 * created by whichever service starts first, so `npm start` needs no configuration.
 */
export function subgraphSecret(options: { secret: string | undefined; file: string }): string {
  if (options.secret) return options.secret;
  if (!existsSync(options.file)) {
    mkdirSync(dirname(options.file), { recursive: true });
    const temporary = `${options.file}.${randomUUID()}.tmp`;
    writeFileSync(temporary, randomBytes(32).toString("base64url"), { mode: 0o600 });
    try {
      // link() fails when the file exists: of services starting together, the first one wins and
      // every one reads the winner's whole file, never a half-written one.
      linkSync(temporary, options.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      unlinkSync(temporary);
    }
  }
  const secret = readFileSync(options.file, "utf8").trim();
  if (secret.length < 32) throw new Error(`the subgraph secret in ${options.file} is shorter than 32 characters`);
  return secret;
}

import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type JWK, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from "jose";

export const SIGNING_ALGORITHM = "EdDSA";
/** Tokens live at most this long; a retired key stays published until its last token expired. */
export const MAX_TOKEN_TTL_SECONDS = 24 * 3600;

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  createdAt: string;
  retiredAt: string | null;
}

interface KeyFile {
  keys: StoredKey[];
}

/**
 * The graph's signing keys: Ed25519, each with a kid (its JWK thumbprint). Kept in a JSON file
 * (created on first use for the embedded default) or given whole in FRONTERA_SIGNING_KEYS in
 * production. The newest key signs; rotated-out keys stay published until their tokens expired.
 */
export class KeyStore {
  private cache: { file: KeyFile; readAt: number } | null = null;
  private published: { file: KeyFile; jwks: { keys: JWK[] } } | null = null;

  constructor(
    private readonly path: string,
    private readonly inline: string | undefined = undefined,
  ) {}

  /** Creates the first key when there is none (embedded default); a no-op otherwise. */
  async ensure(): Promise<void> {
    if (this.inline || existsSync(this.path)) return;
    const file: KeyFile = { keys: [await newKey()] };
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${randomUUID()}.tmp`;
    writeFileSync(temporary, JSON.stringify(file, null, 2), { mode: 0o600 });
    // rename is atomic: two processes racing both write a whole file, the last one wins
    if (!existsSync(this.path)) renameSync(temporary, this.path);
  }

  /** Adds a new signing key and retires the previous one (still verifiable for a day). */
  async rotate(): Promise<string> {
    if (this.inline) throw new Error("keys given in FRONTERA_SIGNING_KEYS are rotated where they are kept");
    await this.ensure();
    const file = this.read(true);
    const now = new Date().toISOString();
    for (const key of file.keys) key.retiredAt ??= now;
    const fresh = await newKey();
    file.keys.push(fresh);
    writeFileSync(this.path, JSON.stringify(file, null, 2), { mode: 0o600 });
    this.cache = null;
    return fresh.kid;
  }

  async signingKey(): Promise<{ kid: string; key: Awaited<ReturnType<typeof importJWK>> }> {
    const current = this.read()
      .keys.filter((key) => !key.retiredAt)
      .at(-1);
    if (!current) throw new Error("no signing key: run the gateway once or `pnpm token rotate-key`");
    return { kid: current.kid, key: await importJWK(current.privateJwk, SIGNING_ALGORITHM) };
  }

  /**
   * The public keys to publish and verify with; re-read from disk at most every few seconds. The
   * same object comes back until they change, so a verifier can keep its imported keys.
   */
  publicJwks(): { keys: JWK[] } {
    const file = this.read();
    if (this.published?.file === file) return this.published.jwks;
    const horizon = Date.now() - MAX_TOKEN_TTL_SECONDS * 1000;
    const keys = file.keys
      .filter((key) => !key.retiredAt || Date.parse(key.retiredAt) > horizon)
      .map((key) => ({ ...key.publicJwk, kid: key.kid, alg: SIGNING_ALGORITHM, use: "sig" }));
    const jwks = { keys };
    // Re-reading the file gives a new object; equal content keeps the previous JWKS object.
    if (this.published && JSON.stringify(this.published.jwks) === JSON.stringify(jwks)) {
      this.published = { file, jwks: this.published.jwks };
    } else {
      this.published = { file, jwks };
    }
    return this.published.jwks;
  }

  /**
   * Every public key ever used, retired ones included: for signatures that outlive a token, such
   * as the disclosure log's checkpoints.
   */
  allPublicJwks(): { keys: JWK[] } {
    return {
      keys: this.read(true).keys.map((key) => ({ ...key.publicJwk, kid: key.kid, alg: SIGNING_ALGORITHM, use: "sig" })),
    };
  }

  private read(fresh = false): KeyFile {
    if (!fresh && this.cache && Date.now() - this.cache.readAt < 5_000) return this.cache.file;
    const text = this.inline ?? (existsSync(this.path) ? readFileSync(this.path, "utf8") : '{"keys":[]}');
    this.cache = { file: JSON.parse(text) as KeyFile, readAt: Date.now() };
    return this.cache.file;
  }
}

async function newKey(): Promise<StoredKey> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: "Ed25519", extractable: true });
  const publicJwk = await exportJWK(publicKey);
  return {
    kid: await calculateJwkThumbprint(publicJwk),
    privateJwk: await exportJWK(privateKey),
    publicJwk,
    createdAt: new Date().toISOString(),
    retiredAt: null,
  };
}

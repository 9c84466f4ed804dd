import { CompactSign, compactVerify, createLocalJWKSet } from "jose";
import { type KeyStore, SIGNING_ALGORITHM } from "./key-store";

/** A compact JWS over a JSON statement, signed with the key store's current key; `typ` says what it is. */
export async function signStatement(keys: KeyStore, typ: string, statement: object): Promise<string> {
  const { kid, key } = await keys.signingKey();
  return new CompactSign(new TextEncoder().encode(JSON.stringify(statement)))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ })
    .sign(key);
}

/** The statement of a JWS that one of the store's keys (retired ones too) signed as `typ`; throws otherwise. */
export async function verifyStatement(keys: KeyStore, typ: string, jws: string): Promise<unknown> {
  const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(keys.allPublicJwks()), {
    algorithms: [SIGNING_ALGORITHM],
  });
  if (protectedHeader.typ !== typ) throw new Error(`not a ${typ}`);
  return JSON.parse(new TextDecoder().decode(payload)) as unknown;
}

import { randomUUID } from "node:crypto";
import { isScope } from "@frontera/auth";
import { MAX_DISCLOSURES_PER_CALL } from "@frontera/config";
import { InputProblems } from "@frontera/federation";
import { type DataSource } from "typeorm";
import { type AppendPrecondition, appendChainedDisclosures } from "./disclosure-append";
import { type Disclosure, EntityCount, type RecordsOfType, type ScopeGrant } from "./disclosure.entity";
import { checkDisclosureRecords } from "./disclosure-records";

/**
 * One disclosure as the gateway sends it, before the answer it describes leaves: the body of
 * `POST /disclosures` (disclosure-route.ts) and the `DisclosureInput` of the older GraphQL
 * mutations carry the same fields.
 */
export interface DisclosureWrite {
  agency: string;
  subject: string;
  jti: string;
  operationName?: string | null;
  operationHash: string;
  documentId?: string | null;
  scopes: string[];
  entityCounts: Array<{ typeName: string; count: number }>;
  grants: ScopeGrant[];
  records: RecordsOfType[];
}

/**
 * Checks every disclosure of one write, then appends them all, chained, in one transaction; or
 * none of them, throwing BAD_USER_INPUT naming each wrong field (`field` is the name of the list
 * in the request: `disclosures`, `inputs`, or `input` for the single mutation). A database
 * failure throws too, and nothing is stored; so does a precondition that does not hold (see
 * AppendPrecondition). Returns the ids in input order.
 */
export async function appendDisclosures(
  dataSource: DataSource,
  inputs: DisclosureWrite[],
  field: string,
  precondition?: AppendPrecondition,
): Promise<string[]> {
  const problems = new InputProblems();
  problems.check(
    inputs.length > 0 && inputs.length <= MAX_DISCLOSURES_PER_CALL,
    field,
    `between 1 and ${MAX_DISCLOSURES_PER_CALL} disclosures`,
  );
  inputs.forEach((input, index) => {
    const path = field === "input" ? "input" : `${field}[${index}]`;
    problems.check(/^[0-9a-f]{64}$/.test(input.operationHash), `${path}.operationHash`, "a SHA-256 in hex");
    problems.check(
      input.documentId == null || /^[0-9a-f]{64}$/.test(input.documentId),
      `${path}.documentId`,
      "a SHA-256 in hex",
    );
    input.scopes.forEach((scope, i) =>
      problems.check(isScope(scope), `${path}.scopes[${i}]`, `"${scope}" is not a scope of the vocabulary`),
    );
  });
  checkDisclosureRecords(problems, inputs, field);
  problems.throwIfAny();
  const at = new Date();
  const disclosures: Disclosure[] = inputs.map((input) => ({
    id: randomUUID(),
    at,
    agencyCode: input.agency,
    subject: input.subject,
    jti: input.jti,
    operationName: input.operationName ?? null,
    operationHash: input.operationHash,
    documentId: input.documentId ?? null,
    scopes: input.scopes,
    entityCounts: input.entityCounts.map((count) => Object.assign(new EntityCount(), count)),
    grants: input.grants.map(({ scope, arrangementIds }) => ({ scope, arrangementIds })),
    arrangementIds: [...new Set(input.grants.flatMap((grant) => grant.arrangementIds))].sort(),
    records: input.records.map(({ typeName, scopes, keys }) => ({ typeName, scopes, keys: [...new Set(keys)] })),
    sequence: null,
    previousHash: null,
    hash: null,
    recordSetId: null,
  }));
  // The answers wait for these rows, the accountable records, and with them for their place in
  // the hash chain, the sets of records they carried and their day counts: one transaction, one commit
  // (docs/security-model.md, "Chained as it is stored").
  await appendChainedDisclosures(dataSource, disclosures, precondition);
  return disclosures.map((disclosure) => disclosure.id);
}

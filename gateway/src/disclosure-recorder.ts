import { createHash } from "node:crypto";
import { type Access } from "@frontera/auth";
import { type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { walkResponse } from "./response-walk";
import { type ScopeMap } from "./scope-map";

const RECORD = `mutation RecordDisclosure($input: DisclosureInput!) { recordDisclosure(input: $input) }`;

export interface Disclosed {
  scopes: string[];
  entityCounts: Array<{ typeName: string; count: number }>;
}

/**
 * What a response carries: the caller's scopes that its non-null fields needed (reference data
 * aside) and how many entities of each type it holds.
 */
export function disclosedBy(
  schema: GraphQLSchema,
  scopeMap: ScopeMap,
  access: Access,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown>,
): Disclosed {
  const scopes = new Set<string>();
  const counts = new Map<string, number>();
  walkResponse(schema, operation, fragments, data, ({ parentType, fieldName, value }) => {
    if (value === null || value === undefined) return;
    for (const scope of scopeMap.required(parentType.name, fieldName) ?? []) {
      if (scope !== "reference:read" && access.effectiveScopes.includes(scope)) scopes.add(scope);
    }
    const fieldType = parentType
      .getFields()
      [fieldName]?.type.toString()
      .replace(/[[\]!]/g, "");
    if (fieldType && scopeMap.isEntity(fieldType)) {
      const items = Array.isArray(value) ? value.filter((item) => item !== null).length : 1;
      counts.set(fieldType, (counts.get(fieldType) ?? 0) + items);
    }
  });
  return {
    scopes: [...scopes].sort(),
    entityCounts: [...counts.entries()].map(([typeName, count]) => ({ typeName, count })),
  };
}

/**
 * Appends a disclosure to the log kept by the agreements subgraph, with the gateway's own service
 * token. Throws when it cannot: a disclosure that cannot be recorded must not happen.
 */
export async function recordDisclosure(
  agreementsUrl: string,
  serviceToken: () => Promise<string>,
  access: Access,
  operationName: string | null,
  source: string,
  disclosed: Disclosed,
): Promise<void> {
  const response = await fetch(agreementsUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await serviceToken()}` },
    body: JSON.stringify({
      query: RECORD,
      variables: {
        input: {
          agency: access.claims.agency,
          subject: access.claims.subject,
          jti: access.claims.jti,
          operationName,
          operationHash: createHash("sha256").update(source).digest("hex"),
          scopes: disclosed.scopes,
          entityCounts: disclosed.entityCounts,
        },
      },
    }),
    signal: AbortSignal.timeout(5_000),
  });
  const body = (await response.json()) as { data?: { recordDisclosure?: string | null } };
  if (!body.data?.recordDisclosure) throw new Error("the disclosure log did not take the record");
}

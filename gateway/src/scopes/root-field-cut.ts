import { forbidden } from "@frontera/auth";
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import { type SupergraphScopes } from "./supergraph-scopes";

/** A root field cut from an operation: its response key, and the scopes that would have let it run. */
export interface CutField {
  key: string;
  scopes: string[];
}

export interface RootFieldCut {
  /** The document to run: the one given when nothing was cut. */
  document: DocumentNode;
  /** Its operation, without the cut fields. */
  operation: OperationDefinitionNode;
  cut: CutField[];
  /** Whether anything is left to run. */
  runs: boolean;
}

/**
 * Cuts the root fields none of whose scopes the caller holds, before any subgraph is asked: they
 * answer null with FORBIDDEN (answerCutFields). Deeper fields are enforced by the subgraph that
 * owns them, at their row's port.
 */
export function cutRootFields(
  schema: GraphQLSchema,
  scopes: SupergraphScopes,
  held: readonly string[],
  document: DocumentNode,
  operation: OperationDefinitionNode,
): RootFieldCut {
  const root = schema.getRootType(operation.operation);
  const cut: CutField[] = [];
  const kept = operation.selectionSet.selections.filter((selection) => {
    if (selection.kind !== Kind.FIELD || !root) return true;
    if (scopes.mayRead(root.name, selection.name.value, held)) return true;
    cut.push({
      key: selection.alias?.value ?? selection.name.value,
      scopes: scopes.required(root.name, selection.name.value)!,
    });
    return false;
  });
  if (!cut.length || !kept.length) return { document, operation, cut, runs: kept.length > 0 };
  const trimmed: OperationDefinitionNode = {
    ...operation,
    selectionSet: { ...operation.selectionSet, selections: kept },
  };
  return {
    document: {
      ...document,
      definitions: document.definitions.map((definition) => (definition === operation ? trimmed : definition)),
    },
    operation: trimmed,
    cut,
    runs: true,
  };
}

/** The answer with every cut field null, and FORBIDDEN at its path. */
export function answerCutFields(result: ExecutionResult, cut: readonly CutField[]): ExecutionResult {
  if (!cut.length) return result;
  return {
    ...result,
    data: { ...(result.data ?? {}), ...Object.fromEntries(cut.map(({ key }) => [key, null])) },
    errors: [...(result.errors ?? []), ...cut.map(({ key, scopes }) => forbidden(scopes, { path: [key] }))],
  };
}

import { type TypedDocumentString } from "@frontera/operations/src/generated/graphql";
import { useInfiniteQuery, useMutation, useQueries, useQuery } from "@tanstack/react-query";
import { useSession } from "../session/session";
import { type GraphAnswer, GraphRequestError, operationName, runOperation } from "./run-operation";

/** Runs an operation with the session's token; a token the gateway no longer accepts signs out. */
function useRunner() {
  const { settings, token, signOut } = useSession();
  return async <Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables: Variables,
    signal?: AbortSignal,
  ): Promise<GraphAnswer<Result>> => {
    if (!token) throw new GraphRequestError(401, "UNAUTHENTICATED", "signed out");
    try {
      return await runOperation(settings.endpoint, token, document, variables, signal);
    } catch (error) {
      if (error instanceof GraphRequestError && error.code === "UNAUTHENTICATED") signOut("expired");
      throw error;
    }
  };
}

/** One registered query; `enabled: false` waits (e.g. for a search term). */
export function useGraphQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { enabled?: boolean } = {},
) {
  const run = useRunner();
  return useQuery({
    queryKey: [operationName(document), variables],
    queryFn: ({ signal }) => run(document, variables, signal),
    enabled: options.enabled ?? true,
  });
}

/** The same registered query with several sets of variables (one per day, one per kind…). */
export function useGraphQueries<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variableSets: Variables[],
) {
  const run = useRunner();
  return useQueries({
    queries: variableSets.map((variables) => ({
      queryKey: [operationName(document), variables],
      queryFn: ({ signal }: { signal: AbortSignal }) => run(document, variables, signal),
    })),
  });
}

export function useGraphMutation<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  onDone?: (answer: GraphAnswer<Result>) => void,
) {
  const run = useRunner();
  return useMutation({
    mutationFn: (variables: Variables) => run(document, variables),
    onSuccess: onDone,
  });
}

/**
 * A connection read page by page: each next page asks after the last one's end cursor (keyset
 * pagination), while `nextCursor` finds one.
 */
export function useGraphPages<Result, Variables extends { after?: string | null }>(
  document: TypedDocumentString<Result, Variables>,
  variables: Omit<Variables, "after">,
  nextCursor: (result: Result) => string | null | undefined,
) {
  const run = useRunner();
  return useInfiniteQuery({
    queryKey: [operationName(document), variables],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => run(document, { ...variables, after: pageParam } as Variables, signal),
    getNextPageParam: (last) => (last.data ? (nextCursor(last.data) ?? undefined) : undefined),
  });
}

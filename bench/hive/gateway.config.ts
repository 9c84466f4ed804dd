// Hive Gateway as the benchmark runs it: default settings, except that it forwards the caller's
// token to the subgraphs (they answer nothing without one), as our gateway does.
export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }: { request: Request }) => ({
      authorization: request.headers.get("authorization") ?? "",
    }),
  },
};

// Hive Gateway as the benchmark runs it: default settings, except that it forwards the caller's
// token to the subgraphs (they answer nothing without one), as our gateway does, and signs each
// subgraph request with the secret the subgraphs share with our gateway (they answer nothing
// unsigned either). Its `hmacSignature` format is the one the subgraphs check.
const secret = process.env.FRONTERA_SUBGRAPH_SECRET;
if (!secret) throw new Error("set FRONTERA_SUBGRAPH_SECRET to the subgraphs' secret");

export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }: { request: Request }) => ({
      authorization: request.headers.get("authorization") ?? "",
    }),
  },
  hmacSignature: { secret },
};

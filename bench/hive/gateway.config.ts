// Hive Gateway as the benchmark runs it: default settings, except that it forwards the caller's
// token to the subgraphs (they answer nothing without one), as our gateway does, and signs each
// subgraph request with the secret the subgraphs share with our gateway (they answer nothing
// unsigned either). Its `hmacSignature` format is the one the subgraphs check.
// BENCH_HIVE_RUNTIME=rust swaps its JavaScript query planner and executor for Hive Router's
// (Rust, @graphql-hive/router-runtime); imported here, not named by a flag, so that a missing
// package fails the start instead of falling back to the default runtime unnoticed.
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";

const secret = process.env.FRONTERA_SUBGRAPH_SECRET;
if (!secret) throw new Error("set FRONTERA_SUBGRAPH_SECRET to the subgraphs' secret");
const runtime = process.env.BENCH_HIVE_RUNTIME ?? "default";
if (runtime !== "default" && runtime !== "rust")
  throw new Error(`BENCH_HIVE_RUNTIME is default or rust, not ${runtime}`);

export const gatewayConfig = {
  ...(runtime === "rust" ? { unifiedGraphHandler } : {}),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }: { request: Request }) => ({
      authorization: request.headers.get("authorization") ?? "",
    }),
  },
  hmacSignature: { secret },
};

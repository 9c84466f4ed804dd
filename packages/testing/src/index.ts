export { createTestAuth, type TestAuth } from "./test-auth";
export { postGraphQL } from "./post-graphql";
export { postToSubgraph } from "./post-to-subgraph";
export { prepareTestDatabase, testDatabaseKind, testSchemaTag, type TestDatabase } from "./test-database";
export { startTestGraph, type TestGraph, type GraphQLResponse } from "./start-test-graph";
export { startTestSubgraph } from "./start-test-subgraph";
export { subgraphSdlDrift, pendingSchemaChanges } from "./subgraph-contract";

export { createTestAuth, type TestAuth } from "./test-auth";
export { type Operation, postDocumentId, postGraphQL, postToSubgraph } from "./post-graphql";
export { prepareTestDatabase, testDatabaseKind, testSchemaTag, type TestDatabase } from "./test-database";
export { startTestGraph, type TestGraph, type GraphQLResponse } from "./start-test-graph";
export { startTestSubgraph, type TestSubgraph } from "./start-test-subgraph";
export { SqlStatementCounter, type SqlStatement } from "./sql-statement-counter";
export { subgraphSdlDrift, pendingSchemaChanges } from "./subgraph-contract";
export { eventually } from "./eventually";
export { TEST_AS_OF, type TestSeedSize, withTestAsOf } from "./test-seed";

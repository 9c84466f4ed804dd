// The registered operations (operations/*.graphql), as the gateway's trusted documents and as the
// typed client for internal frontends: `graphql()` and the `…Document` constants carry each
// operation's result and variable types.
export * from "./generated";
export * from "./generated/graphql";
export {
  MANIFEST_FILE,
  type PersistedQueryManifest,
  type RegisteredDocument,
  RegisteredDocuments,
  readManifest,
  sha256,
} from "./registered-documents";

export {
  SCOPE_VOCABULARY,
  type Scope,
  isScope,
  DATA_SHARING_SCOPES,
  NEVER_SHARED_SCOPES,
  parseScopeList,
} from "./scopes";

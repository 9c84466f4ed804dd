export {
  SCOPE_VOCABULARY,
  type Scope,
  isScope,
  isKnownScope,
  SERVICE_SCOPES,
  DATA_SHARING_SCOPES,
  ENFORCEMENT_SCOPES,
  NEVER_SHARED_SCOPES,
  parseScopeList,
} from "./scopes";
export { scopeEnumName, scopeOfEnumName, scopesByEnumName } from "./scope-names";
export { type Access, type Claims, type Grant, type CallerKind, tokenKey } from "./claims";
export { KeyStore, MAX_TOKEN_TTL_SECONDS, SIGNING_ALGORITHM } from "./key-store";
export { TokenIssuer, FRONTERA_AUDIENCE, parseTtl, type TokenRequest } from "./token-issuer";
export { TokenVerifier, InvalidTokenError, type TrustedIssuer, type VerifierPolicy } from "./token-verifier";
export { computeAccess, grantingArrangements, type ArrangementTerms } from "./access";
export { AccessPolicy, EVERYWHERE, type Place, unionOfPlaces } from "./policy";
export { NORTHBOUND, SOUTHBOUND, TRADE_DIRECTIONS, parsePlace, tradePlace } from "./trade-direction";
export {
  SCOPE_DIRECTIVE,
  SCOPE_DIRECTIVE_SDL,
  SCOPE_LINK,
  forbidden,
  forbiddenFilter,
  scopeDirective,
  scopesOfElement,
  scopesRequiredBy,
} from "./scope-directive";
export { subgraphSecret } from "./subgraph-secret";
export { signStatement, verifyStatement } from "./signed-statement";
export { documentAllowed } from "./document-restrictions";

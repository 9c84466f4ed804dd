import { SCOPE_VOCABULARY, SERVICE_SCOPES, type Scope } from "./scopes";

// GraphQL enum values cannot hold ':', so the schema's `Scope` enum spells each scope in capitals
// with underscores (`cargo:manifest:read` → CARGO_MANIFEST_READ). Tokens and arrangements keep the
// OAuth spelling; these two functions are the only bridge between them.

/** The schema's enum name of a scope: `cargo:manifest:read` → `CARGO_MANIFEST_READ`. */
export function scopeEnumName(scope: Scope): string {
  return scope.replace(/:/g, "_").toUpperCase();
}

const scopeByEnumName = new Map<string, Scope>(
  [...SCOPE_VOCABULARY, ...SERVICE_SCOPES].map((scope) => [scopeEnumName(scope), scope]),
);

/** The scope an enum name stands for, or undefined when it names none. */
export function scopeOfEnumName(name: string): Scope | undefined {
  return scopeByEnumName.get(name);
}

/** Every scope by its enum name, in vocabulary order: what the `Scope` enum is registered from. */
export function scopesByEnumName(): Record<string, Scope> {
  return Object.fromEntries(scopeByEnumName);
}

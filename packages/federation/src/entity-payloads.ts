import { type MutationPayload, type MutationPayloadOptions, mutationPayload } from "./mutation-payload";
import { type UserErrorCode } from "./user-error-codes";

/** What the payloads of one entity's mutations share: the field that carries it, and its type. */
export interface EntityPayloadOptions<Name extends string> {
  field: Name;
  type: MutationPayloadOptions<Name>["type"];
  /** By default "The <field> as recorded; null when the request was refused." */
  description?: string;
}

/**
 * The payload builder of one entity's mutations: each mutation then names only itself and the
 * codes it can return, and every payload of the entity carries it the same way.
 */
export function entityPayloads<Name extends string>(
  options: EntityPayloadOptions<Name>,
): (mutation: string, codes: readonly UserErrorCode[]) => MutationPayload<Name> {
  const description = options.description ?? `The ${options.field} as recorded; null when the request was refused.`;
  return (mutation, codes) =>
    mutationPayload({ mutation, codes, field: options.field, type: options.type, description });
}

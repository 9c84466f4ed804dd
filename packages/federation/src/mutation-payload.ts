import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { BusinessErrors, type UserErrorDetail } from "./input-errors";
import { USER_ERROR_CODES, type UserErrorCode } from "./user-error-codes";

export interface MutationPayloadOptions<Name extends string> {
  /** The mutation's field name, e.g. `createAgreement`; the types are named after it. */
  mutation: string;
  /** The payload field that carries what was written, e.g. `agreement`. */
  field: Name;
  /** Its GraphQL type, as type-graphql's `@Field` takes it. */
  type: () => unknown;
  /** What the field holds on success. */
  description: string;
  /** The codes this mutation can return, and no other: its code enum lists exactly these. */
  codes: readonly UserErrorCode[];
}

export type Payload<Name extends string, Entity> = { [Key in Name]: Entity | null } & {
  userErrors: UserErrorDetail[];
};

export interface MutationPayload<Name extends string> {
  /** The payload type, for `@Mutation(() => …)`. */
  type: new () => object;
  /** The mutation's field name, e.g. `createAgreement`. */
  mutation: string;
  /** The type of what the payload carries (an entity's class, for most mutations). */
  fieldType: () => unknown;
  /**
   * Runs the mutation's body. What it returns becomes the payload's field with no user errors;
   * the business errors it throws (`InputProblems`, `conflict`, `notFound`) become `userErrors`,
   * with the field null. Any other error stays a top-level error.
   */
  run<Entity>(body: () => Promise<Entity>): Promise<Payload<Name, Entity>>;
}

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Builds `<Mutation>Payload { <field>, userErrors }`, `<Mutation>UserError { field, code,
 * message }` and the enum `<Mutation>ErrorCode` for one mutation (Shopify's pattern): business
 * errors travel as data a client can branch on and translate by code, never as top-level errors.
 *
 * The payload and its user errors are open (`@scope(requires: [])`): the mutation field carries
 * the scope that lets a caller run it at all, and the entity inside keeps its own fields' scopes,
 * enforced as when the mutation returned the entity itself.
 */
export function mutationPayload<Name extends string>(options: MutationPayloadOptions<Name>): MutationPayload<Name> {
  const { mutation, field, codes } = options;
  const typeName = upperFirst(mutation);
  const allowed = new Set<string>(codes);

  const codeEnum = Object.fromEntries(codes.map((code) => [code, code]));
  registerEnumType(codeEnum, {
    name: `${typeName}ErrorCode`,
    description: `Why \`${mutation}\` refused a request; stable, for clients to branch on and translate.`,
    valuesConfig: Object.fromEntries(codes.map((code) => [code, { description: USER_ERROR_CODES[code] }])),
  });

  @Directive(scopeDirective())
  @ObjectType(`${typeName}UserError`, {
    description: `A business rule a request to \`${mutation}\` broke; nothing was written.`,
  })
  class UserError {
    @Field(() => [String], {
      description:
        'Path of the offending argument, e.g. `["input", "equipment", "0", "number"]`; empty when the request as a whole is refused.',
    })
    field: string[];

    @Field(() => codeEnum, { description: "What went wrong, as a code to branch on." })
    code: string;

    @Field(() => String, { description: "What went wrong, in English, for a person; clients translate `code`." })
    message: string;
  }

  @Directive(scopeDirective())
  @ObjectType(`${typeName}Payload`, {
    description: `The outcome of \`${mutation}\`: what it wrote, or the business errors that kept it from writing anything.`,
  })
  class PayloadType {}
  // Added after the class so that the entity's field, named by the caller, comes first.
  Field(options.type as never, { nullable: true, description: options.description })(PayloadType.prototype, field);
  Field(() => [UserError], {
    description: "The business rules the request broke; empty on success. When not empty nothing was written.",
  })(PayloadType.prototype, "userErrors");

  return {
    type: PayloadType,
    mutation,
    fieldType: options.type,
    async run<Entity>(body: () => Promise<Entity>): Promise<Payload<Name, Entity>> {
      const payload = (entity: Entity | null, userErrors: UserErrorDetail[]) =>
        ({ [field]: entity, userErrors }) as Payload<Name, Entity>;
      try {
        return payload(await body(), []);
      } catch (error) {
        if (!(error instanceof BusinessErrors)) throw error;
        const undeclared = error.problems.find((problem) => !allowed.has(problem.code));
        // A code outside the enum would fail serialisation with an opaque error; name the bug instead.
        if (undeclared) throw new Error(`${mutation} raised the undeclared user error code ${undeclared.code}`);
        return payload(null, error.userErrors);
      }
    },
  };
}

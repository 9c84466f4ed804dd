import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the agreements subgraph; cargo contributes the inspections an agency took part in.
@Directive('@key(fields: "code")')
@Directive(scopeDirective("reference:read"))
@ObjectType()
export class Agency {
  @Field(() => ID)
  code: string;
}

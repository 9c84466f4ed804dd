import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the agreements subgraph.
@Directive('@key(fields: "code", resolvable: false)')
@Directive(scopeDirective("reference:read"))
@ObjectType()
export class Program {
  @Field(() => ID)
  code: string;
}

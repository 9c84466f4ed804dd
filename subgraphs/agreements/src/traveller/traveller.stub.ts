import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the travellers subgraph: agreements knows a person only by id, and adds who received them.
@Directive('@key(fields: "id")')
@Directive(scopeDirective("traveller:identity:read", "traveller:document:read", "traveller:membership:read"))
@ObjectType()
export class Traveller {
  @Field(() => ID)
  id: string;
}

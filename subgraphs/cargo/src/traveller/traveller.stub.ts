import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the travellers subgraph: cargo knows a driver only by the surrogate id, and adds trips.
@Directive('@key(fields: "travellerId")')
@Directive(scopeDirective("traveller:identity:read", "traveller:document:read", "traveller:membership:read"))
@ObjectType()
export class Traveller {
  @Field(() => ID)
  travellerId: string;
}

import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the travellers subgraph: cargo knows a driver only by the surrogate id, and adds trips.
@Directive('@key(fields: "id")')
@ObjectType()
export class Traveller {
  @Field(() => ID)
  id: string;
}

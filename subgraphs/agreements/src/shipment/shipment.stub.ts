import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the cargo subgraph: agreements knows a shipment only by its number, and adds who received it.
@Directive('@key(fields: "shipmentControlNumber")')
@Directive(scopeDirective("cargo:manifest:read"))
@ObjectType()
export class Shipment {
  @Field(() => ID)
  shipmentControlNumber: string;
}

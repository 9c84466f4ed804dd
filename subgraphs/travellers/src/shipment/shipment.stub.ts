import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the cargo subgraph; travellers contributes the driver, seen at the shipment's port.
@Directive('@key(fields: "shipmentControlNumber")')
@Directive(scopeDirective("cargo:manifest:read"))
@ObjectType()
export class Shipment {
  @Field(() => ID)
  shipmentControlNumber: string;

  @Field(() => ID)
  @Directive("@external")
  portCode: string;

  @Field(() => ID)
  @Directive("@external")
  driverId: string;
}

import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the cargo subgraph; travellers contributes the driver and the driver's crossing. Cargo
// supplies the trip's port and driver id (@requires): the driver is seen at the trip's port.
@Directive('@key(fields: "tripNumber")')
@Directive(scopeDirective("cargo:manifest:read"))
@ObjectType()
export class Trip {
  @Field(() => ID)
  tripNumber: string;

  @Field(() => ID)
  @Directive("@external")
  portCode: string;

  @Field(() => ID)
  @Directive("@external")
  driverId: string;
}

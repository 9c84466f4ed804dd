import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";

@Directive(scopeDirective("cargo:conveyance:read"))
@ObjectType({ description: "The truck: its VIN, plate and USDOT number." })
export class Conveyance {
  @Field({ description: "Vehicle identification number, 17 characters." })
  vin: string;

  @Field()
  licensePlate: string;

  @Field(() => String, { nullable: true, description: "US DOT number of the motor carrier operating the truck." })
  usdotNumber: string | null;
}

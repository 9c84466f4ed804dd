import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The truck: its VIN, plate and USDOT number." })
export class Conveyance {
  @Field({ description: "Vehicle identification number, 17 characters." })
  vin: string;

  @Field()
  licensePlate: string;

  @Field(() => String, { nullable: true, description: "US DOT number of the motor carrier operating the truck." })
  usdotNumber: string | null;
}

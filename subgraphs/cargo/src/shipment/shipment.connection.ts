import { Field, InputType, Int, ObjectType, ID } from "type-graphql";
import { PageInfo } from "../connection/page-info";
import { Shipment } from "./shipment.entity";

@InputType({ description: "Every given condition must hold." })
export class ShipmentFilter {
  @Field(() => ID, { nullable: true, description: "Port of arrival, CBP Schedule D code." })
  portCode?: string;

  @Field(() => Date, { nullable: true, description: "Estimated arrival at or after this time." })
  arrivalFrom?: Date;

  @Field(() => Date, { nullable: true, description: "Estimated arrival before this time." })
  arrivalTo?: Date;
}

@ObjectType()
export class ShipmentEdge {
  @Field()
  cursor: string;

  @Field(() => Shipment)
  node: Shipment;
}

@ObjectType({ description: "Shipments, latest estimated arrival first." })
export class ShipmentConnection {
  @Field(() => Int, { description: "Shipments matching the filter, on every page." })
  totalCount: number;

  @Field(() => [ShipmentEdge])
  edges: ShipmentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

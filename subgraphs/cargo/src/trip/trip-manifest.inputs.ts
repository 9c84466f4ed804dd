import { GraphQLCountryCode, GraphQLCurrency, GraphQLDate, GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { ShipmentType } from "../shipment/shipment.entity";
import { EquipmentKind } from "./equipment.entity";
import { Lane } from "./trip.enums";

@InputType({ description: "An existing party by id, or a new one described by name and country." })
export class TradePartyInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => GraphQLCountryCode, { nullable: true })
  country?: string;

  @Field({ nullable: true, description: "Carriers: their Standard Carrier Alpha Code." })
  scac?: string;

  @Field({ nullable: true })
  mxRfc?: string;
}

@InputType()
export class ConveyanceInput {
  @Field()
  vin: string;

  @Field()
  licensePlate: string;

  @Field({ nullable: true })
  usdotNumber?: string;
}

@InputType()
export class EquipmentInput {
  @Field({ description: "ISO 6346 container number (check digit verified), or trailer/chassis number." })
  number: string;

  @Field(() => EquipmentKind)
  kind: EquipmentKind;

  @Field(() => [String], { defaultValue: [] })
  seals: string[];
}

@InputType()
export class MoneyInput {
  @Field(() => GraphQLSafeInt)
  minorUnits: number;

  @Field(() => GraphQLCurrency)
  currency: string;
}

@InputType()
export class PhytoCertificateInput {
  @Field()
  number: string;

  @Field(() => ID, { description: "Agency code, e.g. SENASICA." })
  issuingAgency: string;

  @Field({ defaultValue: false })
  electronic: boolean;

  @Field(() => GraphQLDate)
  issuedOn: Date;
}

@InputType()
export class GoodsItemInput {
  @Field()
  description: string;

  @Field()
  hsCode: string;

  @Field()
  nationalCode: string;

  @Field(() => GraphQLCountryCode)
  originCountry: string;

  @Field(() => Int)
  grossMassKg: number;

  @Field(() => Int)
  quantity: number;

  @Field()
  packagingUnit: string;

  @Field(() => MoneyInput)
  value: MoneyInput;

  @Field(() => PhytoCertificateInput, { nullable: true })
  phytoCertificate?: PhytoCertificateInput;
}

@InputType()
export class ShipmentManifestInput {
  @Field(() => ID)
  shipmentControlNumber: string;

  @Field(() => ShipmentType, { defaultValue: ShipmentType.PAPS })
  type: ShipmentType;

  @Field(() => TradePartyInput)
  shipper: TradePartyInput;

  @Field(() => TradePartyInput)
  consignee: TradePartyInput;

  @Field(() => TradePartyInput, { nullable: true })
  importer?: TradePartyInput;

  @Field(() => [ID], { defaultValue: [], description: "Program codes, e.g. FAST, NARP." })
  programs: string[];

  @Field(() => [GoodsItemInput])
  goodsItems: GoodsItemInput[];
}

@InputType({ description: "An e-manifest: the trip, its truck and equipment, its driver and its shipments." })
export class TripManifestInput {
  @Field(() => ID, { description: "8–25 characters starting with the carrier's SCAC." })
  tripNumber: string;

  @Field(() => TradePartyInput)
  carrier: TradePartyInput;

  @Field(() => ID)
  portOfArrival: string;

  @Field()
  estimatedArrival: Date;

  @Field(() => Lane, { defaultValue: Lane.STANDARD, description: "The lane the trip intends to use." })
  lane: Lane;

  @Field(() => ConveyanceInput)
  conveyance: ConveyanceInput;

  @Field(() => [EquipmentInput])
  equipment: EquipmentInput[];

  @Field(() => ID, { description: "The driver: a Traveller's global id, or its travellerId." })
  driverId: string;

  @Field(() => [ShipmentManifestInput])
  shipments: ShipmentManifestInput[];
}

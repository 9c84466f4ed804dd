import { GraphQLCountryCode, GraphQLCurrency, GraphQLDate, GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { ShipmentType } from "../shipment/shipment.entity";
import { EquipmentKind } from "./equipment.entity";
import { Direction, Lane } from "@frontera/federation";

@InputType({ description: "An existing party by id, or a new one described by name and country." })
export class TradePartyInput {
  @Field(() => ID, { nullable: true, description: "A party already on file, by id; then nothing else is needed." })
  id?: string;

  @Field({ nullable: true, description: "A new party's legal name." })
  name?: string;

  @Field(() => GraphQLCountryCode, { nullable: true, description: "A new party's country (ISO 3166 alpha-2)." })
  country?: string;

  @Field({ nullable: true, description: "Carriers: their Standard Carrier Alpha Code." })
  scac?: string;

  @Field({
    nullable: true,
    description: "A Mexican party's RFC (tax id: 3–4 letters, 6 digits of date, 3 characters).",
  })
  mxRfc?: string;
}

@InputType({ description: "The truck (tractor) of a trip." })
export class ConveyanceInput {
  @Field({ description: "Vehicle identification number: 17 characters, check digit verified." })
  vin: string;

  @Field({ description: "The licence plate, as displayed." })
  licensePlate: string;

  @Field({ nullable: true, description: "The carrier's USDOT number, if it has one." })
  usdotNumber?: string;
}

@InputType({ description: "A container, trailer or chassis on the trip." })
export class EquipmentInput {
  @Field({ description: "ISO 6346 container number (check digit verified), or trailer/chassis number." })
  number: string;

  @Field(() => EquipmentKind, { description: "What the equipment is." })
  kind: EquipmentKind;

  @Field(() => [String], { defaultValue: [], description: "Numbers of the seals on it." })
  seals: string[];
}

@InputType({ description: "An amount of money, exact: minor units (cents, centavos) and a currency." })
export class MoneyInput {
  @Field(() => GraphQLSafeInt, { description: "The amount in the currency's minor units: 12345 USD is $123.45." })
  minorUnits: number;

  @Field(() => GraphQLCurrency, { description: "ISO 4217 currency code, e.g. USD or MXN." })
  currency: string;
}

@InputType({ description: "The phytosanitary certificate that travels with plant products." })
export class PhytoCertificateInput {
  @Field({ description: "The certificate's number: 4 to 40 letters, digits or hyphens." })
  number: string;

  @Field(() => ID, { description: "Agency code, e.g. SENASICA." })
  issuingAgencyCode: string;

  @Field({ defaultValue: false, description: "True for an ePhyto (exchanged electronically through the IPPC hub)." })
  electronic: boolean;

  @Field(() => GraphQLDate, { description: "The day it was issued; not after the trip's arrival." })
  issuedOn: Date;
}

@InputType({ description: "One line of goods in a shipment." })
export class GoodsItemInput {
  @Field({ description: "What the goods are, in words: 1 to 300 characters." })
  description: string;

  @Field({ description: "The Harmonized System code: 6 digits." })
  hsCode: string;

  @Field({
    description:
      "The national tariff line, 8 to 10 digits (HTSUS 10; TIGIE 8, with the NICO 10), beginning with the HS code.",
  })
  nationalCode: string;

  @Field(() => GraphQLCountryCode, { description: "Country of origin (ISO 3166 alpha-2)." })
  originCountry: string;

  @Field(() => Int, { description: "Gross mass in kilograms; positive." })
  grossMassKg: number;

  @Field(() => Int, { description: "How many packages; positive." })
  quantity: number;

  @Field({ description: "The kind of package, a 2-character UN/ECE Recommendation 21 code (e.g. PK, CT)." })
  packagingUnit: string;

  @Field(() => MoneyInput, { description: "The declared value of the line." })
  value: MoneyInput;

  @Field(() => PhytoCertificateInput, { nullable: true, description: "For plant products: their certificate." })
  phytoCertificate?: PhytoCertificateInput;
}

@InputType({ description: "One shipment of an e-manifest, with its parties and goods." })
export class ShipmentManifestInput {
  @Field(() => ID, {
    description: "The shipment control number: the carrier's SCAC, then 4 to 12 capital letters or digits.",
  })
  shipmentControlNumber: string;

  @Field(() => ShipmentType, { defaultValue: ShipmentType.PAPS, description: "How the shipment is entered." })
  type: ShipmentType;

  @Field(() => TradePartyInput, { description: "Who sends the goods." })
  shipper: TradePartyInput;

  @Field(() => TradePartyInput, { description: "Who receives the goods." })
  consignee: TradePartyInput;

  @Field(() => TradePartyInput, { nullable: true, description: "The importer of record, when already known." })
  importer?: TradePartyInput;

  @Field(() => [ID], { defaultValue: [], description: "Program codes, e.g. FAST, NARP." })
  programCodes: string[];

  @Field(() => [GoodsItemInput], { description: "The goods, one line per kind." })
  goodsItems: GoodsItemInput[];
}

@InputType({ description: "An e-manifest: the trip, its truck and equipment, its driver and its shipments." })
export class TripManifestInput {
  @Field(() => ID, { description: "8–25 characters starting with the carrier's SCAC." })
  tripNumber: string;

  @Field(() => TradePartyInput, { description: "The carrier; it needs a SCAC." })
  carrier: TradePartyInput;

  @Field(() => ID, { description: "The port of arrival's CBP Schedule D code, e.g. 2304 for Laredo." })
  portCode: string;

  @Field(() => Direction, {
    defaultValue: Direction.NORTHBOUND,
    description:
      "NORTHBOUND (a US import, the default) or SOUTHBOUND (US exports entering Mexico, or an empty truck going south). A southbound trip's pedimentos are not filed with it.",
  })
  direction: Direction;

  @Field(() => ID, {
    nullable: true,
    description:
      "Southbound only: the northbound trip this truck returns from (its trip number or global id) — the same carrier's, at this port, already crossed.",
  })
  returnOfTripNumber?: string | null;

  @Field({ description: "When the truck is expected at the port; within 30 days either way of now." })
  estimatedArrival: Date;

  @Field(() => Lane, { defaultValue: Lane.STANDARD, description: "The lane the trip intends to use." })
  lane: Lane;

  @Field(() => ConveyanceInput, { description: "The truck." })
  conveyance: ConveyanceInput;

  @Field(() => [EquipmentInput], {
    description: "Containers, trailers and chassis on the truck; at least one, but for an empty southbound truck.",
  })
  equipment: EquipmentInput[];

  @Field(() => ID, { description: "The driver: a Traveller's global id, or its travellerId." })
  driverId: string;

  @Field(() => [ShipmentManifestInput], {
    description:
      "The shipments on the trip: at least one northbound; none for an empty southbound truck (the trip is then not loaded).",
  })
  shipments: ShipmentManifestInput[];
}

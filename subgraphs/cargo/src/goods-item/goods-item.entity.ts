import { scopeDirective } from "@frontera/auth";
import { GraphQLCountryCode } from "graphql-scalars";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive(scopeDirective("cargo:manifest:read"))
@ObjectType({ description: "A line of a shipment's manifest: one commodity." })
@Entity("goods_items")
export class GoodsItem {
  @PrimaryColumn({ type: "varchar", length: 16 })
  shipmentControlNumber: string;

  @Field(() => Int, { description: "Line number within the shipment, from 1." })
  @PrimaryColumn({ type: "int" })
  sequence: number;

  @Field()
  @Column({ type: "varchar", length: 300 })
  description: string;

  @Field({ description: "Harmonized System code, 6 digits." })
  @Column({ type: "varchar", length: 6 })
  hsCode: string;

  @Field({ description: "National tariff code: HTSUS or TIGIE + NICO, 8–10 digits." })
  @Column({ type: "varchar", length: 10 })
  nationalCode: string;

  @Field(() => GraphQLCountryCode)
  @Column({ type: "varchar", length: 2 })
  originCountry: string;

  @Field(() => Int)
  @Column({ type: "int" })
  grossMassKg: number;

  @Field(() => Int)
  @Column({ type: "int" })
  quantity: number;

  @Field({ description: "UN/ECE Recommendation 21 package code, e.g. CT (carton), PX (pallet)." })
  @Column({ type: "varchar", length: 3 })
  packagingUnit: string;

  // Money in integer minor units: decimals round differently across drivers (docs/gotchas.md, G4).
  // BIGINT arrives as a string from MySQL; every value here is far below 2^53.
  @Column({
    type: "bigint",
    transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) },
  })
  valueMinor: number;

  @Column({ type: "varchar", length: 3 })
  currency: string;

  @Column({ type: "varchar", length: 40, nullable: true })
  phytoNumber: string | null;

  @Column({ type: "varchar", length: 16, nullable: true })
  phytoIssuingAgency: string | null;

  @Column({ type: "boolean", nullable: true })
  phytoElectronic: boolean | null;

  @Column({ type: "date", nullable: true })
  phytoIssuedOn: string | null;

  // The Mexican tariff line of a southbound line, beside its HTS one; null northbound. Read
  // through GoodsItem.mexicanTariffLine (cargo:pedimento:read).
  @Column({ type: "varchar", length: 8, nullable: true })
  tigieFraction: string | null;

  @Column({ type: "varchar", length: 2, nullable: true })
  tigieNico: string | null;
}

import { scopeDirective } from "@frontera/auth";
import { Directive, Field, Float, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CustomsRegime, PedimentoClave, SelectionResult } from "./pedimento.enums";

@Directive(scopeDirective("cargo:pedimento:read"))
@ObjectType({ description: "A Mexican customs broker (agente aduanal) and the patente it files under." })
export class CustomsBroker {
  @Field()
  name: string;

  @Field({ description: "The broker's patente, 4 digits: also digits 5–8 of every pedimento it files." })
  patente: string;
}

/**
 * The Mexican entry of a southbound shipment: the import pedimento filed with ANAM. Read only
 * through Shipment.pedimento, so it lives where its shipment does (docs/southbound.md).
 */
@Directive(scopeDirective("cargo:pedimento:read"))
@ObjectType({ description: "The pedimento a southbound shipment entered Mexico under (filed with ANAM)." })
@Entity("pedimentos")
@Index(["number"], { unique: true })
export class Pedimento {
  @PrimaryColumn({ type: "varchar", length: 16 })
  shipmentControlNumber: string;

  @Field({
    description:
      "15 digits: year (2), aduana (2), customs broker's patente (4), last digit of the year and a 6-digit serial (7).",
  })
  @Column({ type: "varchar", length: 15 })
  number: string;

  @Field(() => PedimentoClave)
  @Column({ type: "simple-enum", enum: PedimentoClave })
  clave: PedimentoClave;

  @Field(() => CustomsRegime)
  @Column({ type: "simple-enum", enum: CustomsRegime })
  regime: CustomsRegime;

  @Column({ type: "varchar", length: 120 })
  brokerName: string;

  @Column({ type: "varchar", length: 4 })
  brokerPatente: string;

  // Centavos, as every amount here (docs/gotchas.md: decimals round differently across drivers).
  @Column({
    type: "bigint",
    transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) },
  })
  customsValueMinor: number;

  // Pesos per dollar × 10,000 (four decimals, as the DOF publishes the FIX rate), kept as an integer.
  @Column({ type: "int" })
  exchangeRateTenThousandths: number;

  @Field(() => SelectionResult, { description: "The semáforo fiscal: GREEN released, RED reconocimiento aduanero." })
  @Column({ type: "simple-enum", enum: SelectionResult })
  selection: SelectionResult;

  @Field({ description: "Whether it crossed in the Exprés lane for certified companies." })
  @Column({ type: "boolean" })
  expres: boolean;

  @Field({ description: "When the pedimento was paid and validated, before the crossing." })
  @Column({ type: "datetime" })
  paidAt: Date;

  @Field(() => CustomsBroker, { description: "The agente aduanal who filed it." })
  get customsBroker(): CustomsBroker {
    return { name: this.brokerName, patente: this.brokerPatente };
  }

  @Field(() => Float, { description: "The exchange rate used, pesos per US dollar (DOF FIX of the day)." })
  get exchangeRate(): number {
    return this.exchangeRateTenThousandths / 10_000;
  }
}

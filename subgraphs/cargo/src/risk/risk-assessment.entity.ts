import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum RiskBand {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}

registerEnumType(RiskBand, {
  name: "RiskBand",
  description: "The band a risk score falls in.",
  valuesConfig: {
    LOW: { description: "A score below 40." },
    MEDIUM: { description: "A score from 40, below 70." },
    HIGH: { description: "A score of 70 or more." },
  },
});

export function riskBand(score: number): RiskBand {
  if (score >= 70) return RiskBand.HIGH;
  if (score >= 40) return RiskBand.MEDIUM;
  return RiskBand.LOW;
}

// CBP targeting output: never shared with a partner (docs/security-model.md, risk:read).
@Directive('@key(fields: "riskAssessmentId")')
@Directive(scopeDirective("risk:read"))
@ObjectType({ description: "CBP's targeting assessment of a shipment (risk:read only)." })
@Entity("risk_assessments")
@Index(["shipmentControlNumber", "assessedAt"])
export class RiskAssessment {
  @Field(() => ID, { name: "riskAssessmentId", description: "The assessment's own id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 16 })
  shipmentControlNumber: string;

  @Field(() => Int, { description: "0 (no concern) to 100." })
  @Column({ type: "int" })
  score: number;

  @Field(() => [String], { description: "Targeting rules that fired." })
  @Column({ type: "simple-json" })
  rulesHit: string[];

  @Field()
  @Column({ type: "datetime" })
  assessedAt: Date;

  @Field(() => RiskBand)
  get band(): RiskBand {
    return riskBand(this.score);
  }
}

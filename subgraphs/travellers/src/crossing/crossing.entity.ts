import { scopeDirective } from "@frontera/auth";
import { Direction, Lane } from "@frontera/federation";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CrossingMode } from "@frontera/code-lists";

// The code list's enums (shared with the demo data), served by this subgraph as GraphQL enums
// (Direction is registered once in @frontera/federation).
export { Direction, CrossingMode };

registerEnumType(CrossingMode, {
  name: "CrossingMode",
  description: "How a person crossed.",
  valuesConfig: {
    PEDESTRIAN: { description: "On foot." },
    PRIVATE_VEHICLE: { description: "In a private car, as driver or passenger." },
    COMMERCIAL_DRIVER: { description: "Driving a truck on a cargo trip." },
    BUS: { description: "On a bus." },
    RAIL: { description: "On a train." },
    AIR: { description: "By air." },
  },
});

@Directive('@key(fields: "crossingId")')
@Directive(scopeDirective("traveller:identity:read"))
@ObjectType({ description: "One passage of a traveller through a port of entry." })
@Entity("crossings")
@Index(["travellerId", "at", "id"])
@Index(["portCode", "at", "id"])
@Index(["at", "id"])
@Index(["tripNumber"])
export class Crossing {
  @Field(() => ID, { name: "crossingId", description: "The crossing's own id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  travellerId: string;

  @Column({ type: "varchar", length: 4 })
  portCode: string;

  @Field(() => Direction)
  @Column({ type: "simple-enum", enum: Direction })
  direction: Direction;

  @Field(() => CrossingMode)
  @Column({ type: "simple-enum", enum: CrossingMode })
  mode: CrossingMode;

  @Field(() => Lane)
  @Column({ type: "simple-enum", enum: Lane })
  lane: Lane;

  @Field()
  @Column({ type: "datetime" })
  at: Date;

  @Column({ type: "varchar", length: 36, nullable: true })
  documentId: string | null;

  @Column({ type: "varchar", length: 25, nullable: true })
  tripNumber: string | null;

  // A truck driver's crossing is cargo's event (recordTripCrossing), delivered here by cargo's
  // relay: written once per event id, however often the event arrives. Null for people's own.
  @Index({ unique: true })
  @Column({ type: "varchar", length: 36, nullable: true })
  eventId: string | null;
}

import { type CargoBatch } from "@frontera/seed";
import { type InspectionEvent } from "../inspection/inspection-event.entity";
import { InspectionEventAction, InspectionResult } from "../inspection/inspection.enums";

/** Who the seeded history says made each change: the demo data's own author. */
export const SEED_ACTOR = "frontera-seed";

// The history a seeded inspection would have had: opened, then its result recorded (unless
// still PENDING), by its first agency. Derived, not generated: the random stream is unchanged.
export function seededEvents(
  inspection: Pick<CargoBatch["inspections"][number], "id" | "agencies" | "startedAt" | "endedAt" | "result">,
): Array<Partial<InspectionEvent>> {
  const common = { inspectionId: inspection.id, actor: SEED_ACTOR, agencyCode: inspection.agencies[0], reason: null };
  const opened = {
    ...common,
    at: inspection.startedAt,
    action: InspectionEventAction.OPENED,
    resultBefore: null,
    resultAfter: InspectionResult.PENDING,
  };
  if (inspection.result === InspectionResult.PENDING) return [opened];
  return [
    opened,
    {
      ...common,
      at: inspection.endedAt ?? inspection.startedAt,
      action: InspectionEventAction.RESULT_RECORDED,
      resultBefore: InspectionResult.PENDING,
      resultAfter: inspection.result,
    },
  ];
}

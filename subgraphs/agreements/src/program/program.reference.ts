import { type AgreementsContext } from "../context";
import { type Program } from "./program.entity";

export function resolveProgramReference(
  reference: Pick<Program, "code">,
  { loaders }: AgreementsContext,
): Promise<Program | null> {
  return loaders.programByCode.load(reference.code);
}

import { type InputProblems } from "@frontera/federation";
import { type ReferenceData } from "@frontera/agreements-client";
import { type Inspection } from "./inspection.entity";
import { InspectionKind, InspectionResult, JOINT_KINDS } from "./inspection.enums";
import { type InspectionResultInput, type OpenInspectionInput } from "./inspection.inputs";

const CLOCK_SKEW_MS = 5 * 60_000;

export function checkOpenInspection(
  input: OpenInspectionInput,
  reference: ReferenceData,
  problems: InputProblems,
): void {
  const agencies = [...new Set(input.agencyCodes)];
  problems.check(agencies.length > 0, "input.agencyCodes", "at least one agency inspects");
  input.agencyCodes.forEach((code, i) =>
    problems.check(reference.agencies.has(code), `input.agencyCodes[${i}]`, `no agency ${code}`, "NOT_FOUND"),
  );
  if (JOINT_KINDS.includes(input.kind)) {
    const countries = new Set(agencies.map((code) => reference.agencies.get(code)));
    problems.check(
      countries.has("US") && countries.has("MX"),
      "input.agencyCodes",
      `${input.kind} is joint: it needs one US and one MX agency`,
      "JOINT_NEEDS_BOTH_COUNTRIES",
    );
  }
  if (input.programCode) {
    problems.check(
      reference.programs.has(input.programCode),
      "input.programCode",
      `no program ${input.programCode}`,
      "NOT_FOUND",
    );
  }
  problems.check(input.startedAt.getTime() <= Date.now() + CLOCK_SKEW_MS, "input.startedAt", "cannot be in the future");
}

export function checkInspectionResult(
  inspection: Inspection,
  input: InspectionResultInput,
  problems: InputProblems,
): void {
  problems.check(input.result !== InspectionResult.PENDING, "input.result", "record a result other than PENDING");
  problems.check(input.endedAt >= inspection.startedAt, "input.endedAt", "cannot be before the inspection started");
  problems.check(input.endedAt.getTime() <= Date.now() + CLOCK_SKEW_MS, "input.endedAt", "cannot be in the future");
  if (input.pestFindings.length) {
    problems.check(
      inspection.kind === InspectionKind.AGRICULTURE,
      "input.pestFindings",
      "pest findings belong to agriculture inspections",
    );
  }
  input.pestFindings.forEach((finding, i) => {
    const field = `input.pestFindings[${i}]`;
    problems.check(
      /^[A-Z][a-z]+( [a-z-]+){0,3}$/.test(finding.taxon),
      `${field}.taxon`,
      "a scientific name, e.g. Anastrepha ludens",
    );
    if (finding.ppq523Serial) {
      problems.check(
        /^[A-Z0-9-]{3,20}$/.test(finding.ppq523Serial),
        `${field}.ppq523Serial`,
        "3 to 20 letters, digits or hyphens",
      );
    }
  });
}

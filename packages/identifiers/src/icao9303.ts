// Machine-readable zones of travel documents, ICAO Doc 9303 (8th edition), Part 3 section 4.9
// (check digits) and Parts 4 (TD3, passports: 2 lines of 44) and 5 (TD1, cards: 3 lines of 30).
// Only the check digits and the shape are verified, not that dates or country codes exist.

export type MrzPart = "documentNumber" | "dateOfBirth" | "dateOfExpiry" | "optionalData" | "composite" | "format";

export interface MrzResult {
  valid: boolean;
  problems: Array<{ part: MrzPart; message: string }>;
}

const WEIGHTS = [7, 3, 1];

/** 0-9 count as is, A-Z as 10-35 and the filler '<' as 0; weights 7, 3, 1 repeat; sum mod 10. */
export function mrzCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const char = field[i];
    let value: number;
    if (char >= "0" && char <= "9") value = Number(char);
    else if (char >= "A" && char <= "Z") value = char.charCodeAt(0) - 55;
    else if (char === "<") value = 0;
    else throw new RangeError(`"${char}" cannot appear in a machine-readable zone`);
    sum += value * WEIGHTS[i % 3];
  }
  return sum % 10;
}

interface CheckedField {
  part: MrzPart;
  data: string;
  check: string;
  // Optional data that is all filler may carry a filler check digit instead of 0 (Part 4).
  fillerAllowed?: boolean;
}

function verify({ part, data, check, fillerAllowed }: CheckedField): MrzResult["problems"] {
  const expected = mrzCheckDigit(data);
  if (check === String(expected)) return [];
  if (fillerAllowed && check === "<" && /^<*$/.test(data)) return [];
  return [{ part, message: `check digit should be ${expected}, not ${check}` }];
}

function td3Fields(line2: string): CheckedField[] {
  return [
    { part: "documentNumber", data: line2.slice(0, 9), check: line2[9] },
    { part: "dateOfBirth", data: line2.slice(13, 19), check: line2[19] },
    { part: "dateOfExpiry", data: line2.slice(21, 27), check: line2[27] },
    { part: "optionalData", data: line2.slice(28, 42), check: line2[42], fillerAllowed: true },
    { part: "composite", data: line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43), check: line2[43] },
  ];
}

// The long-document-number case (check digit '<' at 14, overflow in the optional data) is not handled.
function td1Fields(line1: string, line2: string): CheckedField[] {
  const compositeData = line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29);
  return [
    { part: "documentNumber", data: line1.slice(5, 14), check: line1[14] },
    { part: "dateOfBirth", data: line2.slice(0, 6), check: line2[6] },
    { part: "dateOfExpiry", data: line2.slice(8, 14), check: line2[14] },
    { part: "composite", data: compositeData, check: line2[29] },
  ];
}

/**
 * Checks a TD3 or TD1 machine-readable zone, lines separated by "\n" (a "\r\n" or surrounding
 * whitespace is tolerated). Every failing check digit is reported: a typo in a field fails its own
 * check and the composite, a typo in the composite check digit fails only the composite.
 */
export function checkMrz(mrz: string): MrzResult {
  const lines = mrz.trim().split(/\r?\n/);
  const formatProblem = (message: string): MrzResult => ({ valid: false, problems: [{ part: "format", message }] });

  const isTd3 = lines.length === 2 && lines.every((line) => line.length === 44);
  const isTd1 = lines.length === 3 && lines.every((line) => line.length === 30);
  if (!isTd3 && !isTd1) {
    const shape = lines.map((line) => line.length).join(", ");
    return formatProblem(`should be 2 lines of 44 characters (TD3) or 3 of 30 (TD1), not lines of ${shape}`);
  }
  if (lines.some((line) => !/^[A-Z0-9<]*$/.test(line))) {
    return formatProblem("should contain only capital letters, digits and '<'");
  }

  const fields = isTd3 ? td3Fields(lines[1]) : td1Fields(lines[0], lines[1]);
  const problems = fields.flatMap(verify);
  return { valid: problems.length === 0, problems };
}

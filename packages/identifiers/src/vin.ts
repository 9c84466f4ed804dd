// Vehicle identification numbers: 17 characters, ISO 3779, which excludes I, O and Q (too like 1
// and 0). The 9th character is the North American check digit (49 CFR 565.15): transliterate
// letters, weight each position, sum mod 11, with 10 written as X. Required in the US and Canada.

// prettier-ignore
const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

// Position 9 (the check digit itself) weighs 0.
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** Check digit ("0"-"9" or "X") of a 17-character VIN; the 9th character is ignored. Throws on other input. */
export function vinCheckDigit(vin: string): string {
  if (!VIN_PATTERN.test(vin)) throw new RangeError(`expected 17 VIN characters, got "${vin}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (TRANSLITERATION[vin[i]] ?? Number(vin[i])) * WEIGHTS[i];
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/** null when `value` is a valid VIN such as "1M8GDM9AXKP042788", otherwise what is wrong. */
export function checkVin(value: string): string | null {
  if (value.length !== 17) return `should be 17 characters, not ${value.length}`;
  if (/[IOQ]/.test(value)) return "should not contain I, O or Q";
  if (!VIN_PATTERN.test(value)) return "should contain only capital letters and digits";
  const expected = vinCheckDigit(value);
  return value[8] === expected ? null : `check digit (9th character) should be ${expected}, not ${value[8]}`;
}

// Freight container numbers, ISO 6346 (Annex A): 3-letter owner code, category identifier
// (U freight container, J detachable equipment, Z trailer/chassis), 6-digit serial, 1 check digit.
// Letters count from A=10 upwards but skip 11, 22 and 33 (multiples of 11), so that a letter can
// never be confused with the modulus; each character's value is weighted by 2^position.

const LETTER_VALUES = new Map<string, number>();
for (let code = 65, value = 10; code <= 90; code++, value++) {
  if (value % 11 === 0) value++;
  LETTER_VALUES.set(String.fromCharCode(code), value);
}

/** Check digit of the first 10 characters (owner code, category, serial); throws on other input. */
export function iso6346CheckDigit(first10: string): number {
  if (!/^[A-Z]{4}\d{6}$/.test(first10)) {
    throw new RangeError(`expected 4 capital letters and 6 digits, got "${first10}"`);
  }
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const char = first10[i];
    sum += (LETTER_VALUES.get(char) ?? Number(char)) * 2 ** i;
  }
  // A remainder of 10 becomes 0; ISO 6346 advises owners not to issue such serials, but they exist.
  return (sum % 11) % 10;
}

/** null when `value` is a valid container number such as "CSQU3054383", otherwise what is wrong. */
export function checkContainerNumber(value: string): string | null {
  if (value.length !== 11) return `should be 11 characters, not ${value.length}`;
  if (!/^[A-Z]{3}$/.test(value.slice(0, 3))) return "owner code (first 3 characters) should be capital letters";
  if (!/^[UJZ]$/.test(value[3])) return `category (4th character) should be U, J or Z, not ${value[3]}`;
  if (!/^\d{6}$/.test(value.slice(4, 10))) return "serial number (characters 5 to 10) should be 6 digits";
  if (!/^\d$/.test(value[10])) return "check digit (last character) should be a digit";
  const expected = iso6346CheckDigit(value.slice(0, 10));
  return Number(value[10]) === expected ? null : `check digit should be ${expected}, not ${value[10]}`;
}

// US CBP entry numbers (CBP Form 7501 instructions, block 1 "Entry Number"): a 3-character filer
// code assigned by CBP, a 7-digit serial chosen by the filer and 1 check digit, written "ABC-1234567-8" or "ABC12345678". Only the format is
// checked: the check digit algorithm is not verified here.

/** null when `value` is a well-formed entry number, with both hyphens or none, otherwise what is wrong. */
export function checkUsEntryNumber(value: string): string | null {
  // The backreference makes the two hyphens all or nothing.
  if (/^[A-Z0-9]{3}(-?)\d{7}\1\d$/.test(value)) return null;
  return 'should be a 3-character filer code, 7 digits and a check digit, as "ABC-1234567-8" or "ABC12345678"';
}

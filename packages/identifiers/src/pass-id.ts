// CBP Trusted Traveler PASSID (Global Entry, NEXUS, SENTRI, FAST): the 9-digit membership number
// printed on the card and shown in the TTP account.

/** null when `value` is a 9-digit PASSID, otherwise what is wrong. */
export function checkPassId(value: string): string | null {
  if (!/^\d*$/.test(value)) return "should contain only digits";
  return value.length === 9 ? null : `should be 9 digits, not ${value.length}`;
}

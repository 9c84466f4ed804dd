// Tariff classification codes. The Harmonized System (WCO HS Convention) is shared by every
// country to 6 digits; national tariffs extend it: Mexico's TIGIE to 8 digits (10 with the NICO),
// the US HTSUS to 8 (tariff rate line) or 10 (statistical suffix). Written without dots.

/** null when `value` is a 6-digit HS subheading such as "847130", otherwise what is wrong. */
export function checkHsCode(value: string): string | null {
  if (!/^\d*$/.test(value)) return "should contain only digits";
  return value.length === 6 ? null : `should be 6 digits, not ${value.length}`;
}

/** null when `value` is an 8- to 10-digit national tariff code such as "8471300100", otherwise what is wrong. */
export function checkNationalTariffCode(value: string): string | null {
  if (!/^\d*$/.test(value)) return "should contain only digits";
  return value.length >= 8 && value.length <= 10 ? null : `should be 8 to 10 digits, not ${value.length}`;
}

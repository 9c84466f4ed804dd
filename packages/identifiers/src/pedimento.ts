// Mexican customs declaration (pedimento) numbers, Anexo 22 of the Reglas Generales de Comercio
// Exterior (SAT), field "Número de pedimento": 15 digits, written in groups as
// "YY AA PPPP NNNNNNN" — year (2), aduana (2), customs broker's patente (4), then 7 digits of which
// the first is the last digit of the year (so numbering restarts every year without clashing).

/** Removes the spaces between groups: "24 24 3156 4001234" → "242431564001234". */
export function normalisePedimento(value: string): string {
  return value.replace(/ +/g, "");
}

/** null when `value` (with or without spaces) is a well-formed pedimento number, otherwise what is wrong. */
export function checkPedimento(value: string): string | null {
  const digits = normalisePedimento(value);
  if (!/^\d+$/.test(digits)) return "should contain only digits and spaces";
  if (digits.length !== 15) return `should be 15 digits, not ${digits.length}`;
  if (digits[8] !== digits[1]) {
    return `9th digit should be ${digits[1]}, the last digit of the year ${digits.slice(0, 2)}, not ${digits[8]}`;
  }
  return null;
}

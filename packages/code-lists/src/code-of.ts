/**
 * A value read from a file (the sourced facts' JSON) as a member of a code list: checked, so that
 * a typo in the data fails the seed instead of reaching the database as an unknown code.
 */
export function codeOf<Code extends string>(codeList: Record<string, Code>, value: string, what: string): Code {
  const code = Object.values(codeList).find((member) => member === value);
  if (code === undefined) throw new Error(`${what}: "${value}" is not one of ${Object.values(codeList).join(", ")}`);
  return code;
}

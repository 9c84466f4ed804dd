import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@frontera/federation";

// Descriptions of a connection's page sizes. `first` has no schema default: a default would stand
// in for an absent `first` and make `last` alone look like `first` and `last` together.
export const FIRST = `The first rows, at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`;
export const LAST = `The last rows (before \`before\`, or of the whole list), at most ${MAX_PAGE_SIZE}; not with first.`;

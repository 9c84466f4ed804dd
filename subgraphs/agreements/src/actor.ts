// Who is asking. Until scoped tokens exist (issue 6) every caller is anonymous and every change
// is recorded as such; the token's subject replaces this.
export const ANONYMOUS_ACTOR = "anonymous";

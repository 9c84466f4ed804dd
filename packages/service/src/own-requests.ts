const PREFIX = "frontera-";
const PURPOSE = /^[a-z]+(-[a-z]+)*$/;

/**
 * The user agent of a request a Frontera service makes on its own behalf (an access lookup, a
 * read of reference data, a relayed crossing): `frontera-<purpose>`. The request log of the
 * service it reaches names the purpose, so that operators tell those requests from clients'.
 */
export function ownRequestUserAgent(purpose: string): string {
  if (!PURPOSE.test(purpose)) throw new Error(`"${purpose}" is not a purpose: lower-case words joined by "-"`);
  return `${PREFIX}${purpose}`;
}

/** The purpose a request's user agent names, if it is one of ours; undefined for a client's. */
export function ownRequestPurpose(userAgent: string | undefined): string | undefined {
  const purpose = userAgent?.startsWith(PREFIX) ? userAgent.slice(PREFIX.length) : undefined;
  return purpose !== undefined && PURPOSE.test(purpose) ? purpose : undefined;
}

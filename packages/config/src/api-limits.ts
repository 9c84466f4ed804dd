// Limits of the graph's API that more than one service applies: defined once, here, so that the
// service enforcing one and the service working within it cannot drift apart.

/** The most rows one page of a connection holds (`first` or `last`). */
export const MAX_PAGE_SIZE = 100;
/** The page a connection gives when asked for neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The most disclosures one write to the log may append (`POST /disclosures`, or the older
 * `recordDisclosures` mutation): the agreements subgraph refuses more, and the gateway sends its
 * queue in batches of at most this many.
 */
export const MAX_DISCLOSURES_PER_CALL = 200;

// Trade rows (trips, shipments and what hangs from them) move one way across the border, and an
// arrangement says which way's rows it shares (docs/southbound.md). The directions are spelt as
// @frontera/code-lists' Direction, which this foundation package may not import.

export const NORTHBOUND = "NORTHBOUND";
export const SOUTHBOUND = "SOUTHBOUND";
export const TRADE_DIRECTIONS: readonly string[] = [NORTHBOUND, SOUTHBOUND];

const SEPARATOR = "/";

/**
 * The place of a trade row moving one way at one port, as AccessPolicy reads it: `2304/SOUTHBOUND`.
 * A bare port code is the place of a row that has no direction (a person, a port's reference
 * data): every grant at that port reaches it. A trade row is always placed with its direction.
 */
export function tradePlace(portCode: string, direction: string): string {
  return `${portCode}${SEPARATOR}${direction}`;
}

export interface ParsedPlace {
  readonly port: string;
  readonly direction: string | null;
}

// Access checks read a place for every field of every row a partner gets, and places are few (a
// port, or a port and a direction): each is parsed once. Bounded, in case places ever multiply.
const parsedPlaces = new Map<string, ParsedPlace>();
const MAX_PARSED_PLACES = 10_000;

/** The port and direction of a trade place; the direction is null for a bare port code. */
export function parsePlace(place: string): ParsedPlace {
  let parsed = parsedPlaces.get(place);
  if (!parsed) {
    const at = place.indexOf(SEPARATOR);
    parsed = at < 0 ? { port: place, direction: null } : { port: place.slice(0, at), direction: place.slice(at + 1) };
    if (parsedPlaces.size < MAX_PARSED_PLACES) parsedPlaces.set(place, parsed);
  }
  return parsed;
}

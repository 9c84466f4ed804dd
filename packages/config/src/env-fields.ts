import { z } from "zod";

/** A TCP port; 0 asks the OS for a free one (tests). */
export const portNumber = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

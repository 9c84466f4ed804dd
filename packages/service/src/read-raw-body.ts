import express, { type Request, type Response } from "express";

/** What a request body that could not be read is answered with (a body too large, a broken stream). */
export interface BodyReadError {
  /** 413 for a body over the limit, 400 for one that could not be read. */
  status: number;
  code: "PAYLOAD_TOO_LARGE" | "BAD_REQUEST";
  message: string;
}

/**
 * The request's body as the bytes that arrived (decompressed if it was sent compressed), for a
 * route that checks a signature over them before parsing anything (see raw-body-signature).
 * Refuses a body over `limitBytes` before reading it whole. Resolves with an empty buffer for a
 * request without a body.
 */
export function readRawBody(request: Request, response: Response, limitBytes: number): Promise<Buffer> {
  const read = express.raw({ type: () => true, limit: limitBytes });
  return new Promise((resolve, reject) => {
    read(request, response, (error?: unknown) => {
      if (error) reject(bodyReadError(error));
      else resolve(Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0));
    });
  });
}

function bodyReadError(error: unknown): BodyReadError {
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  if (status === 413 || type === "entity.too.large") {
    return { status: 413, code: "PAYLOAD_TOO_LARGE", message: "the request body is too large" };
  }
  return { status: 400, code: "BAD_REQUEST", message: "the request body could not be read" };
}

/** Whether a rejection of readRawBody is the refusal it describes. */
export function isBodyReadError(error: unknown): error is BodyReadError {
  return (
    typeof (error as BodyReadError | null)?.status === "number" && typeof (error as BodyReadError).code === "string"
  );
}

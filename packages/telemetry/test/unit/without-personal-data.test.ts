import { type ReadableSpan } from "@opentelemetry/sdk-trace";
import { WithoutPersonalData } from "../../src/without-personal-data";

// A span as the SDK hands it to processors when it ends: only the parts the scrubber reads.
function endedSpan(attributes: ReadableSpan["attributes"], status: ReadableSpan["status"] = { code: 0 }) {
  return {
    attributes,
    status,
    events: [{ name: "exception", time: [0, 0], attributes: { "exception.message": "Duplicate entry 'X1234'" } }],
  } as unknown as ReadableSpan;
}

describe("WithoutPersonalData", () => {
  it("drops credential-like attributes and cuts query strings off URLs", () => {
    const span = endedSpan({
      "http.request.header.authorization": ["Bearer abc"],
      "http.url": "http://gateway:4000/graphql?query=%7Btraveller(id%3A%22T1%22)%7D",
      "http.target": "/graphql?variables=%7B%22name%22%3A%22Ana%22%7D",
      "url.query": "variables=…",
      "http.method": "GET",
    });
    new WithoutPersonalData().onEnd(span);
    expect(span.attributes).toEqual({
      "http.url": "http://gateway:4000/graphql",
      "http.target": "/graphql",
      "http.method": "GET",
    });
  });

  it("keeps a failed statement's error message, which quotes values, out of database spans", () => {
    const span = endedSpan({ "db.system.name": "mysql" }, { code: 2, message: "Duplicate entry 'X1234' for key" });
    new WithoutPersonalData().onEnd(span);
    expect(span.status.message).toBe("statement failed");
    expect(span.events[0].attributes).toEqual({ "exception.message": "statement failed" });
  });
});

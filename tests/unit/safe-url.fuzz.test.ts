import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSafeHref } from "@/lib/markdown/safe-url";
import { fuzzRuns } from "../fuzz";

describe("isSafeHref, fuzzed", () => {
  it("never accepts a link that a browser would resolve to a scheme other than http(s) or mailto", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .constantFrom(
              "javascript:",
              "vbscript:",
              "data:",
              "JAVASCRIPT:",
              "https://",
              "mailto:",
              "/",
              "#",
            )
            .chain((p) => fc.string().map((s) => p + s)),
        ),
        (href) => {
          if (!isSafeHref(href)) return;
          let protocol: string;
          try {
            protocol = new URL(href, "https://deployment-advisor.example/compare").protocol;
          } catch {
            return; // an unparseable URL is not followed by a browser
          }
          expect(["http:", "https:", "mailto:"]).toContain(protocol);
        },
      ),
      fuzzRuns(500),
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  firstLoadScriptSrcs,
  scriptFile,
  scriptsBeyond,
} from "../../../scripts/bench/support/page-scripts";

const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;

describe("firstLoadScriptSrcs", () => {
  it.each([
    [
      "external scripts in order",
      `<script src="/a.js"></script><script src="/b.js" async></script>`,
      ["/a.js", "/b.js"],
    ],
    [
      "noModule polyfills left out",
      `<script src="/a.js"></script><script src="/poly.js" noModule=""></script>`,
      ["/a.js"],
    ],
    ["inline scripts left out", `<script>self.x=1</script><script id="_R_">1</script>`, []],
    ["each script once", `<script src="/a.js"></script><script src="/a.js"></script>`, ["/a.js"]],
    [
      "preloads are not scripts",
      `<link rel="preload" as="script" href="/c.js"><script src="/a.js"></script>`,
      ["/a.js"],
    ],
    ["scripts in head count too", `</body><head><script src="/h.js"></script></head>`, ["/h.js"]],
  ])("%s", (_, body, expected) => {
    expect(firstLoadScriptSrcs(page(body))).toEqual(expected);
  });
});

describe("scriptFile", () => {
  it("maps a site path, ignoring its query, to the file in out/", () => {
    expect(scriptFile("/out", "/_next/static/chunks/a.js?dpl=1", "compare.html")).toBe(
      "/out/_next/static/chunks/a.js",
    );
  });
  it("resolves relative paths against the page's own folder", () => {
    expect(scriptFile("/out", "x.js", "options/bare-metal.html")).toBe("/out/options/x.js");
  });
  it("refuses scripts from another origin", () => {
    expect(() => scriptFile("/out", "https://cdn.example/x.js", "index.html")).toThrow(
      /another origin/,
    );
  });
});

describe("scriptsBeyond", () => {
  it("lists what a page loads beyond a simpler page, biggest first", () => {
    const base = { scripts: [{ src: "/f.js", gzipBytes: 100 }], gzipBytes: 100 };
    const page = {
      scripts: [
        { src: "/f.js", gzipBytes: 100 },
        { src: "/small.js", gzipBytes: 5 },
        { src: "/big.js", gzipBytes: 50 },
      ],
      gzipBytes: 155,
    };
    expect(scriptsBeyond(page, base).map((s) => s.src)).toEqual(["/big.js", "/small.js"]);
  });
});

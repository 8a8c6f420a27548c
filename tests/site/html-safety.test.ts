import { describe, expect, it } from "vitest";
import { elementsOf } from "@/lib/headers/inline-scripts";
import { builtPages, readBuilt } from "../built-site";
import { isAllowedUrl, isEventHandler, refreshUrl, URL_ATTRIBUTES, urlsIn } from "../html-rules";

/*
 * The prerendered HTML holds no event-handler attribute and no URL outside http(s), mailto and
 * relative ones, whatever the content says: parsed with parse5 as a browser would parse it.
 */

/** What is wrong in one page, as `<tag attr="value">` lines. */
function problemsIn(html: string): string[] {
  const problems: string[] = [];
  for (const el of elementsOf(html)) {
    for (const attr of el.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      const shown = `<${el.tagName} ${name}="${attr.value.slice(0, 80)}">`;
      if (isEventHandler(name)) problems.push(`event handler ${shown}`);
      if (URL_ATTRIBUTES.has(name) && urlsIn(name, attr.value).some((u) => !isAllowedUrl(u)))
        problems.push(`URL ${shown}`);
    }
    if (el.tagName === "base") problems.push("a <base> element (it would re-root every link)");
    const httpEquiv = el.attrs.find((a) => a.name === "http-equiv")?.value.toLowerCase();
    const content = el.attrs.find((a) => a.name === "content")?.value ?? "";
    const refresh = httpEquiv === "refresh" ? refreshUrl(content) : undefined;
    if (refresh !== undefined && !isAllowedUrl(refresh))
      problems.push(`meta refresh to ${refresh}`);
  }
  return problems;
}

describe("scan of the built HTML", () => {
  it("catches what it is meant to catch", () => {
    const hostile = `<!doctype html><html><body>
      <a href="&#106;avascript:alert(1)">a</a><a href=" JaVaScRiPt:x">b</a>
      <a href="java&#x09;script:x">c</a><img src="x" onerror="alert(1)">
      <svg><a xlink:href="javascript:x"><text>d</text></a></svg>
      <form action="data:text/html,x"><button formaction="vbscript:x">e</button></form>
      <img srcset="/a.png 1x, javascript:x 2x"><div ONCLICK="x"></div>
      <template><a href="javascript:x">f</a></template>
      <meta http-equiv="refresh" content="0; url=javascript:alert(1)">
      <a href="/fine">ok</a><a href="https://example.com">ok</a><a href="mailto:a@b.c">ok</a>
      <a href="#x">ok</a><a href="../x?y=javascript:z">ok</a></body></html>`;
    expect(problemsIn(hostile)).toEqual([
      'URL <a href="javascript:alert(1)">',
      'URL <a href=" JaVaScRiPt:x">',
      'URL <a href="java\tscript:x">',
      'event handler <img onerror="alert(1)">',
      'URL <a xlink:href="javascript:x">',
      'URL <form action="data:text/html,x">',
      'URL <button formaction="vbscript:x">',
      'URL <img srcset="/a.png 1x, javascript:x 2x">',
      'event handler <div onclick="x">',
      'URL <a href="javascript:x">',
      "meta refresh to javascript:alert(1)",
    ]);
  });

  it.each(builtPages().map((p) => [p.file]))(
    "%s has no event handler and no unsafe URL",
    (file) => {
      const html = readBuilt(file);
      expect(html.length).toBeGreaterThan(500);
      expect(problemsIn(html)).toEqual([]);
    },
  );
});

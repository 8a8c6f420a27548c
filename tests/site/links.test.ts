import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { elementsOf } from "@/lib/headers/inline-scripts";
import { pageFileOf } from "@/lib/headers/security-headers";
import { builtPages, OUT_DIR, readBuilt, type BuiltPage } from "../built-site";
import { urlsIn } from "../html-rules";

/*
 * Every internal link of every built page leads somewhere: its file exists in out/ and, when it
 * names a fragment, the target page has an element with that id. (External links are not
 * fetched: the build machine is offline.)
 */

const ORIGIN = "https://deployment-advisor.example";
const LINKING = ["href", "src", "srcset", "action", "formaction", "poster"];

interface Link {
  from: string;
  url: URL;
  raw: string;
}

function linksOf(page: BuiltPage): Link[] {
  const base = new URL(page.route, ORIGIN);
  const links: Link[] = [];
  for (const el of elementsOf(readBuilt(page.file))) {
    for (const attr of el.attrs) {
      if (!LINKING.includes(attr.name)) continue;
      for (const raw of urlsIn(attr.name, attr.value)) {
        const url = new URL(raw, base);
        if (url.origin === ORIGIN) links.push({ from: page.route, url, raw });
      }
    }
  }
  return links;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    for (const el of elementsOf(readBuilt(file)))
      for (const a of el.attrs)
        if (a.name === "id" || (a.name === "name" && el.tagName === "a")) ids.add(a.value);
    idCache.set(file, ids);
  }
  return ids;
}

/** Why a link is broken, or null when it resolves. */
function brokenReason(link: Link, outDir = OUT_DIR): string | null {
  const file = pageFileOf(decodeURIComponent(link.url.pathname));
  if (!existsSync(path.join(outDir, file))) return `no ${file} in out/`;
  const fragment = decodeURIComponent(link.url.hash.slice(1));
  // "#" alone and "#top" scroll to the top in every browser.
  if (fragment === "" || fragment === "top" || !file.endsWith(".html")) return null;
  return idsOf(file).has(fragment) ? null : `no id="${fragment}" in ${file}`;
}

const pages = builtPages();

describe("internal links and anchors", () => {
  it("reports a missing page and a missing anchor", () => {
    const from = "/";
    const broken = [
      { from, url: new URL("/no-such-page", ORIGIN), raw: "/no-such-page" },
      { from, url: new URL("/glossary#no-such-term", ORIGIN), raw: "/glossary#no-such-term" },
    ].map((l) => brokenReason(l));
    expect(broken).toEqual([
      "no /no-such-page.html in out/",
      'no id="no-such-term" in /glossary.html',
    ]);
  });

  it.each(pages.map((p) => [p.route, p] as const))("every link on %s resolves", (_route, page) => {
    const links = linksOf(page);
    expect(links.length).toBeGreaterThan(0);
    const broken = links
      .map((l) => [l.raw, brokenReason(l)])
      .filter(([, reason]) => reason !== null)
      .map(([raw, reason]) => `${raw}: ${reason}`);
    expect(broken).toEqual([]);
  });

  it("links every page from some other page (none is orphaned)", () => {
    const linked = new Set(
      pages.flatMap((p) =>
        linksOf(p)
          .filter((l) => l.from !== l.url.pathname)
          .map((l) => pageFileOf(l.url.pathname)),
      ),
    );
    const orphans = pages.filter((p) => !p.notFound && !linked.has(p.file)).map((p) => p.route);
    expect(orphans).toEqual([]);
  });
});

/**
 * First-load JS of every route (gzip bytes of the external, non-noModule scripts in its built
 * HTML), held against the floor: the same kind of page built bare with the same packages.
 * / and /options/<id> against a bare page; /compare and /advisor against a TanStack Table +
 * nuqs page. Budget: at most 1.10x the floor.
 *
 * When a route misses, the note splits both sides into what the simplest page of the same
 * build also loads (framework + layout) and the route's own chunks, which says where the
 * extra bytes are.
 */
import path from "node:path";
import { buildFloor } from "./support/build-floor";
import { pageJs, scriptsBeyond, type PageJs, type ScriptSize } from "./support/page-scripts";
import { benchRoutes } from "./support/routes";
import { atMost, type BenchContext, type Figure, type ModuleResult } from "./types";

const BUDGET = 1.1;
const FLOOR_NAMES = { bare: "bare floor", table: "table+nuqs floor" } as const;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (scripts: readonly ScriptSize[]) => scripts.reduce((n, s) => n + s.gzipBytes, 0);

export async function runFirstLoadJs({ root, scratch }: BenchContext): Promise<ModuleResult> {
  const floorOut = await buildFloor(root, scratch);
  const floors = { bare: pageJs(floorOut, "index.html"), table: pageJs(floorOut, "table.html") };
  const figures: Figure[] = [
    { name: "first-load JS, floor: bare page", value: floors.bare.gzipBytes, unit: "B" },
    { name: "first-load JS, floor: table+nuqs page", value: floors.table.gzipBytes, unit: "B" },
  ];
  const out = path.join(root, "out");
  const routes = benchRoutes(out);
  const home = routes.find((r) => r.path === "/" && r.exists);
  const siteBase = home ? pageJs(out, home.file) : null;
  const measured: Record<string, PageJs & { ratio: number; own: ScriptSize[] }> = {};
  for (const route of routes) {
    const name = `first-load JS ${route.label} / ${FLOOR_NAMES[route.floor]}`;
    if (!route.exists) {
      figures.push({
        name,
        value: null,
        unit: "x",
        budget: "<= 1.10x",
        note: "n/a (route missing)",
      });
      continue;
    }
    const js = pageJs(out, route.file);
    const floor = floors[route.floor];
    const ratio = js.gzipBytes / floor.gzipBytes;
    const own = siteBase && route.path !== "/" ? scriptsBeyond(js, siteBase) : [];
    measured[route.path] = { ...js, ratio, own };
    console.log(
      `first-load JS ${route.path}: ${kib(js.gzipBytes)} gzip, ${ratio.toFixed(2)}x its floor`,
    );
    figures.push(
      atMost(
        {
          name,
          value: ratio,
          unit: "x",
          display: `${ratio.toFixed(2)}x (${kib(js.gzipBytes)} / ${kib(floor.gzipBytes)})`,
          ...(ratio > BUDGET ? { note: whereTheBytesAre(js, own, floor, floors.bare) } : {}),
        },
        BUDGET,
        "<= 1.10x",
      ),
    );
  }
  return { figures, details: { floors, routes: measured } };
}

function whereTheBytesAre(
  page: PageJs,
  own: readonly ScriptSize[],
  floor: PageJs,
  bareFloor: PageJs,
): string {
  const floorOwn = floor === bareFloor ? [] : scriptsBeyond(floor, bareFloor);
  const list = (scripts: readonly ScriptSize[]) =>
    scripts.map((s) => `${path.basename(s.src)} ${kib(s.gzipBytes)}`).join(", ") || "none";
  return (
    `shared with the simplest page: ${kib(page.gzipBytes - sum(own))} vs floor ${kib(floor.gzipBytes - sum(floorOwn))}; ` +
    `own chunks: ${kib(sum(own))} (${list(own)}) vs floor ${kib(sum(floorOwn))} (${list(floorOwn)})`
  );
}

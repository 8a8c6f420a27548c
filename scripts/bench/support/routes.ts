import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** A route the bench measures in the built site. */
export interface BenchRoute {
  /** URL path to request, e.g. "/options/bare-metal". */
  path: string;
  /** How the table names it ("/options/<id>" routes show which id stands for them). */
  label: string;
  /** Its HTML file inside out/. */
  file: string;
  /** False while a route is still being built on another branch (/advisor). */
  exists: boolean;
  /** The floor page its first-load JS is held against. */
  floor: "bare" | "table";
}

/** /, /compare, /advisor and one option page (the first by id) as one for all of them. */
export function benchRoutes(outDir: string): BenchRoute[] {
  const route = (p: string, file: string, floor: BenchRoute["floor"], label = p): BenchRoute => ({
    path: p,
    label,
    file,
    exists: existsSync(path.join(outDir, file)),
    floor,
  });
  const optionsDir = path.join(outDir, "options");
  const firstOption = existsSync(optionsDir)
    ? readdirSync(optionsDir)
        .filter((f) => f.endsWith(".html"))
        .sort()[0]
        ?.replace(/\.html$/, "")
    : undefined;
  return [
    route("/", "index.html", "bare"),
    route("/compare", "compare.html", "table"),
    route("/advisor", "advisor.html", "table"),
    firstOption
      ? route(
          `/options/${firstOption}`,
          `options/${firstOption}.html`,
          "bare",
          `/options/<id> (${firstOption})`,
        )
      : { ...route("/options/<id>", "options/.html", "bare"), exists: false },
  ];
}

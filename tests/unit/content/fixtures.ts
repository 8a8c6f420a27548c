import { readFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ContentFile } from "@/lib/content/check-content";

/** The date every fixture test validates against, so results do not depend on the clock. */
export const TODAY = "2026-11-25";

export const FIXTURES = "tests/fixtures";

/** A fixture folder's Markdown files, as `readContentFiles` would read them (display under `content/`). */
export function readFixture(name: string): ContentFile[] {
  const dir = path.join(FIXTURES, name);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => rel.endsWith(".md"))
    .map((rel) => rel.split(path.sep).join("/"))
    .sort()
    .map((relative) => ({
      relative,
      display: `content/${relative}`,
      text: readFileSync(path.join(dir, relative), "utf8"),
    }));
}

/** YAML's flow and quoting punctuation, for generators of YAML-ish text. */
export const YAML_PUNCTUATION = ["[", "]", "{", "}", ",", '"', "'"] as const;

import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./run";

/**
 * Builds the floor pages (scripts/bench/floor/app) as a Next project of their own in
 * `scratch`, with the project's next.config.ts, tsconfig.json and installed packages, and
 * returns its out/ directory.
 */
export async function buildFloor(root: string, scratch: string): Promise<string> {
  const dir = path.join(scratch, "floor");
  cpSync(path.join(root, "scripts/bench/floor/app"), path.join(dir, "app"), { recursive: true });
  for (const file of ["next.config.ts", "tsconfig.json"])
    cpSync(path.join(root, file), path.join(dir, file));
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "bench-floor", private: true, type: "module" }),
  );
  // Turbopack refuses a node_modules symlinked from outside its root; hard links are instant.
  await run("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")], {
    cwd: root,
  });
  await run("npx", ["next", "build"], { cwd: dir });
  return path.join(dir, "out");
}

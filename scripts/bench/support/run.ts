import { spawn } from "node:child_process";

/**
 * Runs a command to completion and resolves with its stdout. Its output is kept quiet and
 * shown (the tail of it) only when it fails, so the bench's own output stays readable.
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let all = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      all += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => (all += d.toString()));
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0
        ? resolve(stdout)
        : reject(
            new Error(
              `\`${[command, ...args].join(" ")}\` in ${options.cwd} failed (${signal ?? `exit ${code}`}):\n${all.slice(-4000)}`,
            ),
          ),
    );
  });
}

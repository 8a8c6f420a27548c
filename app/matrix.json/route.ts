import { loadMatrix } from "@/lib/content/load-matrix";

/** The whole validated model, as a static file for scripts and other tools. */
export const dynamic = "force-static";

export async function GET() {
  return Response.json(await loadMatrix());
}

import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Page not found",
  description: "There is no page at this address.",
};

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a href="/">Home: what differs between bare metal and virtual machines</a>
        </li>
        <li>
          <a href="/compare">The full comparison</a>
        </li>
      </ul>
    </div>
  );
}

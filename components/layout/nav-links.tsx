"use client";

import { usePathname } from "next/navigation";

export const NAV = [
  { href: "/compare", label: "Compare" },
  { href: "/advisor", label: "Advisor" },
  { href: "/plan", label: "Plan" },
  { href: "/glossary", label: "Glossary" },
  { href: "/sources", label: "Sources" },
];

/**
 * The main navigation's links, the current page marked `aria-current="page"` (and shown as
 * such), in the prerendered HTML too: each page is rendered at its own path.
 */
export function NavLinks({ className }: { className: string }) {
  const pathname = usePathname();
  return (
    <ul className={className}>
      {NAV.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <a
              href={item.href}
              aria-current={current ? "page" : undefined}
              className="block rounded-md px-2.5 py-1.5 font-medium text-fg no-underline hover:bg-accent-soft aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent aria-[current=page]:font-semibold"
            >
              {item.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

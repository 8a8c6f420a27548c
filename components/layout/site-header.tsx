import { MenuDisclosure } from "./menu-disclosure";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

/**
 * The site header: one row of at most 64 px on phones, where the navigation and the theme
 * switch fold into a native disclosure (it opens without JavaScript too); laid out in full from
 * 768 px.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-surface/95 backdrop-blur print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-raised focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
        <a href="/" className="shrink-0 font-bold tracking-tight text-fg no-underline">
          Deployment Advisor
        </a>
        <nav aria-label="Main" className="hidden flex-1 md:block">
          <NavLinks className="flex gap-1" />
        </nav>
        <div className="needs-js ml-auto hidden md:block">
          <ThemeToggle />
        </div>
        <MenuDisclosure className="site-menu relative ml-auto md:hidden">
          <summary className="flex h-10 cursor-pointer list-none items-center rounded-md border border-border px-3 font-semibold">
            Menu
          </summary>
          <div className="absolute right-0 top-12 w-56 space-y-3 rounded-lg border border-border bg-raised p-3 shadow-lg">
            <nav aria-label="Main">
              <NavLinks className="space-y-1" />
            </nav>
            <div className="needs-js">
              <ThemeToggle />
            </div>
          </div>
        </MenuDisclosure>
      </div>
    </header>
  );
}

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { PendingScript } from "@/components/layout/pending-script";
import { ThemeScript } from "@/components/layout/theme-script";
import { TrustedTypesScript } from "@/components/layout/trusted-types-script";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Deployment Advisor: bare metal or virtual machines for GPU workloads",
    template: "%s · Deployment Advisor",
  },
  description:
    "Compare bare-metal servers and virtual machines for GPU cloud workloads side by side, with every fact sourced.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0d1117" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script may set data-theme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <TrustedTypesScript />
        <ThemeScript />
        <PendingScript />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none sm:py-8"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

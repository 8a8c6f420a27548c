import type { NextConfig } from "next";

/**
 * The site is a static export: `out/` is deployable on any static host or CDN and no server
 * code runs in production. Security headers cannot live here (`headers()` is ignored by
 * `output: "export"`); scripts/postbuild.ts writes them beside the site instead.
 */
const nextConfig: NextConfig = {
  output: "export",
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;

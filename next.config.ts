import type { NextConfig } from "next";

const development = process.env.NODE_ENV === "development";

/**
 * The dashboard may not be framed by anyone (clickjacking) and loads code only from itself. Next's
 * hydration scripts are inline, hence 'unsafe-inline' for scripts; development adds 'unsafe-eval'
 * for fast refresh. The widget's frame (/embed) sends its own policy, whose frame-ancestors lists
 * the agent's allowed sites.
 */
const dashboardPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  `connect-src 'self'${development ? " ws:" : ""}`,
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-pgvector", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "Content-Security-Policy", value: dashboardPolicy },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;

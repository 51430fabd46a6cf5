import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // The packaging suite installs tarballs and Node binaries: slow, but bounded.
    testTimeout: 20_000,
    hookTimeout: 600_000,
    // require-build checks dist/ exists; pack makes the one tarball the packaging suite (tests/package) tests.
    globalSetup: ["tests/setup/require-build.ts", "tests/setup/pack.ts"],
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
  },
});

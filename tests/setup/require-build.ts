import { existsSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The tests run against what `npm run build` made (the embedded data module and dist/). Without a build they
 * would fail in confusing ways, so say plainly what is missing.
 */
export default function requireBuild(): void {
  const root = resolve(import.meta.dirname, "../..");
  const missing = ["src/generated/collections.ts", "dist/index.js", "dist/schemas.js"].filter(
    (file) => !existsSync(resolve(root, file)),
  );
  if (missing.length > 0) {
    throw new Error(`Run \`npm run build\` before \`npm test\`: missing ${missing.join(", ")}`);
  }
}

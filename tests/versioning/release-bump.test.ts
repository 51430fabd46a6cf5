import { describe, expect, it } from "vitest";
import { checkReleaseBump } from "../../scripts/lib/release-check.js";

describe("versioning", () => {
  it("pending changesets bump at least as much as data/ has changed since the last release", async () => {
    const check = await checkReleaseBump();
    expect(check.ok, check.message).toBe(true);
  });
});

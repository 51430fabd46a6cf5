/**
 * Measurements 1 and 2: cold start of a process that loads the package, against one that does not.
 *
 * - Main entry: `import` (ESM) and `require` (CJS) of `vietnam-us-relations`, each against an empty script of the
 *   same module system, so that the ratio shows what the package adds, not what Node's ESM loader costs.
 * - `vietnam-us-relations/schemas` against `zod` alone: what the schemas add on top of their dependency.
 *
 * A package that does nothing, imported and required by name, is the reference: what any package costs.
 * Every script, the "empty" ones included, ends with the same report line (see cold-start.ts).
 */
import { NOOP_PACKAGE, type Consumer } from "./consumer.js";
import { comparePaired, reportLine, runInterleaved, type PairedComparison, type RunOptions } from "./cold-start.js";

export interface StartupResults {
  readonly esm: PairedComparison;
  readonly cjs: PairedComparison;
  readonly schemas: PairedComparison;
  /** The do-nothing package against the same baselines. */
  readonly esmNoop: PairedComparison;
  readonly cjsNoop: PairedComparison;
  /** The main entry against the do-nothing package: what this package adds beyond what any package costs. */
  readonly esmVsNoop: PairedComparison;
  readonly cjsVsNoop: PairedComparison;
}

export function measureStartup(consumer: Consumer, options: Omit<RunOptions, "cwd">): StartupResults {
  const script = (name: string, file: string, load: string) => ({ name, file: consumer.write(`startup/${file}`, `${load}${reportLine()}`) });
  const scripts = [
    script("empty ESM script", "empty.mjs", ""),
    script("import main entry", "import-main.mjs", 'import "vietnam-us-relations";\n'),
    script("empty CJS script", "empty.cjs", ""),
    script("require main entry", "require-main.cjs", 'require("vietnam-us-relations");\n'),
    script("import no-op package", "import-noop.mjs", `import "${NOOP_PACKAGE}";\n`),
    script("require no-op package", "require-noop.cjs", `require("${NOOP_PACKAGE}");\n`),
    script("import zod", "import-zod.mjs", 'import "zod";\n'),
    script("import schemas", "import-schemas.mjs", 'import "vietnam-us-relations/schemas";\n'),
  ];
  const samples = runInterleaved(scripts, { ...options, cwd: consumer.dir });
  return {
    esm: comparePaired(samples, "import main entry", "empty ESM script"),
    cjs: comparePaired(samples, "require main entry", "empty CJS script"),
    schemas: comparePaired(samples, "import schemas", "import zod"),
    esmNoop: comparePaired(samples, "import no-op package", "empty ESM script"),
    cjsNoop: comparePaired(samples, "require no-op package", "empty CJS script"),
    esmVsNoop: comparePaired(samples, "import main entry", "import no-op package"),
    cjsVsNoop: comparePaired(samples, "require main entry", "require no-op package"),
  };
}

/**
 * Generates src/generated/enums.ts: for every enum of the schemas, a frozen runtime list of
 * `{ value, label, description }` for the main entry, which must not load zod. The meanings come from each enum's
 * metadata (`valueDescriptions`, see `named` in src/schema/common.ts), read here through the JSON Schema zod makes.
 */
import { z } from "zod";
import { datasetSchema } from "../../src/schema/index.js";

interface EnumDefinition {
  readonly enum?: unknown[];
  readonly description?: string;
  readonly valueDescriptions?: Record<string, string>;
}

/** Words the labels keep in capitals. */
const ACRONYMS: Readonly<Record<string, string>> = { un: "UN", mia: "MIA", us: "US" };
/** Constant names whose plural is not the last word plus "S". */
const CONSTANT_NAMES: Readonly<Record<string, string>> = { PartOfDay: "PARTS_OF_DAY" };

/** `"delegation-head"` → `"Delegation head"`, `"un-body"` → `"UN body"`. */
export function labelOf(value: string): string {
  const words = value.split("-").map((word) => ACRONYMS[word] ?? word);
  const [first = "", ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(" ");
}

/** `EventType` → `EVENT_TYPES`, `DateCertainty` → `DATE_CERTAINTIES`. */
export function constantOf(typeName: string): string {
  const known = CONSTANT_NAMES[typeName];
  if (known !== undefined) return known;
  const snake = typeName.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
  return snake.endsWith("Y") ? `${snake.slice(0, -1)}IES` : `${snake}S`;
}

/** Every named enum of the dataset's JSON Schema with its values' meanings; throws when a meaning is missing. */
export function enumDefinitions(): [name: string, values: { value: string; label: string; description: string }[]][] {
  const definitions = (z.toJSONSchema(datasetSchema, { target: "draft-2020-12", io: "output" }) as { $defs?: Record<string, EnumDefinition> }).$defs ?? {};
  const found: [string, { value: string; label: string; description: string }[]][] = [];
  for (const [name, definition] of Object.entries(definitions)) {
    if (!Array.isArray(definition.enum)) continue;
    const meanings = definition.valueDescriptions ?? {};
    const values = definition.enum.map(String);
    const missing = values.filter((value) => typeof meanings[value] !== "string" || meanings[value].trim() === "");
    const extra = Object.keys(meanings).filter((value) => !values.includes(value));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(`enum ${name}: every value needs a one-line meaning in named(…, valueDescriptions); missing: ${missing.join(", ") || "none"}; not values: ${extra.join(", ") || "none"}`);
    }
    found.push([name, values.map((value) => ({ value, label: labelOf(value), description: meanings[value] as string }))]);
  }
  return found.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The generated module. */
export function renderEnumsModule(banner: string): string {
  const enums = enumDefinitions();
  const lines = [
    banner,
    `import type { ${enums.map(([name]) => name).join(", ")} } from "../types.js";`,
    'import { enumValues, type EnumValue } from "../display/enum-value.js";',
    "",
  ];
  for (const [name, values] of enums) {
    const constant = constantOf(name);
    const first = values[0] as { value: string };
    lines.push(
      "/**",
      ` * Every {@link ${name}} value with its label and one-line meaning, in schema order (from the schemas' metadata).`,
      " *",
      " * @example",
      " * ```ts",
      ` * import { ${constant} } from "vietnam-us-relations";`,
      " *",
      ` * for (const { value, label, description } of ${constant}) console.log(\`\${value} (\${label}): \${description}\`);`,
      ` * ${constant}.find((entry) => entry.value === ${JSON.stringify(first.value)})?.label; // ${JSON.stringify(labelOf(first.value))}`,
      " * ```",
      " */",
      `export const ${constant}: readonly EnumValue<${name}>[] = /* @__PURE__ */ enumValues(${JSON.stringify(values, null, 2)});`,
      "",
    );
  }
  return lines.join("\n");
}

import type { DataDiff } from "./data-diff.js";

const LONG_VALUE = 100;

/**
 * A data diff as text for people: per collection the ids added, removed, deprecated and changed, each field-level
 * change, then the bump the versioning policy requires and the rules and ids that force it.
 *
 * @example
 * ```ts
 * console.log(formatDiff(diffDatasets(oldSide, newSide)).join("\n"));
 * ```
 */
export function formatDiff(result: DataDiff, { maxIds = 20 }: { maxIds?: number } = {}): string[] {
  const list = (ids: readonly string[]) => (ids.length > maxIds ? [...ids.slice(0, maxIds), `… (${ids.length - maxIds} more)`] : ids);
  const lines = [`data diff ${result.from ?? "?"} → ${result.to ?? "?"}`];
  let changedAnything = false;
  for (const [name, change] of Object.entries(result.collections)) {
    const counts = [
      change.added.length ? `${change.added.length} added` : "",
      change.removed.length ? `${change.removed.length} removed` : "",
      change.deprecated.length ? `${change.deprecated.length} deprecated` : "",
      change.changed.length ? `${change.changed.length} changed` : "",
    ].filter(Boolean);
    if (counts.length === 0) continue;
    changedAnything = true;
    lines.push(`${name}: ${counts.join(", ")}`);
    for (const id of list(change.added)) lines.push(`  + ${id}`);
    for (const id of list(change.removed)) lines.push(`  - ${id}`);
    for (const id of list(change.deprecated)) lines.push(`  † ${id} (deprecated)`);
    for (const { id, changes } of change.changed.slice(0, maxIds)) {
      lines.push(`  ~ ${id}`);
      for (const field of changes) {
        const before = field.type === "CREATE" ? "(none)" : JSON.stringify(field.oldValue);
        const after = field.type === "REMOVE" ? "(removed)" : JSON.stringify(field.value);
        // Long values (summaries, notes) read better one above the other than side by side.
        if (before.length + after.length <= LONG_VALUE) lines.push(`      ${field.path}: ${before} → ${after}`);
        else lines.push(`      ${field.path}:`, `        - ${before}`, `        + ${after}`);
      }
    }
    if (change.changed.length > maxIds) lines.push(`  … (${change.changed.length - maxIds} more changed)`);
  }
  if (!changedAnything) lines.push("no data changes");
  lines.push(`required bump: ${result.bump}`);
  for (const reason of result.reasons) lines.push(`  ${reason.bump}: ${reason.rule}: ${reason.ids.join(", ")}`);
  return lines;
}

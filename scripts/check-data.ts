/**
 * `npm run data:check`: only the data checks (schemas, references, provenance, SHA-256, verbatim quotes,
 * coverage, files not listed), in seconds; writes nothing. The build runs the same checks first.
 */
import { checkData, describePassingCheck, listProblems } from "./lib/data-check.js";
import { reportMissingSources } from "./lib/source-texts.js";
import { runScript, ScriptError } from "./lib/script-error.js";

await runScript("data:check", async () => {
  const { dataset, problems, documentsChecked } = await checkData();
  if (problems.length > 0) {
    throw new ScriptError(`${problems.length} problem(s); fix each and run it again:\n${listProblems(problems)}`);
  }
  if (!documentsChecked) reportMissingSources();
  console.log(`data:check: ${describePassingCheck(dataset!, documentsChecked)}`);
});

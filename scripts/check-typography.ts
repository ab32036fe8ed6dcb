/*
 * French typography in the source: every string and JSX text a person may read has a no-break space before
 * `: ; ! ?` and inside « ». Run by `npm run lint`; `--fix` rewrites the plain spaces in place.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import ts from "typescript";
import { TYPOGRAPHY_MISTAKE, fixPlainSpaces } from "../lib/typography";

type Mistake = { file: string; line: number; text: string };

const fix = process.argv.includes("--fix");
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], { encoding: "utf8" })
  .split("\n")
  .filter((file) => file && !file.startsWith("drizzle/") && !["scripts/check-typography.ts", "lib/typography.ts", "lib/typography.test.ts"].includes(file));

/* Strings that are code, not prose: module names, and the patterns the checks themselves are written with. */
function isProse(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return false;
  if (ts.isCallExpression(parent) && parent.expression.getText() === "RegExp") return false;
  return true;
}

/* Lengths of the opening and closing delimiters: quotes, and "${" or "}" around template substitutions. */
function delimiters(node: ts.Node): [number, number] {
  if (ts.isJsxText(node)) return [0, 0];
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) return [1, 2];
  return [1, 1];
}

const mistakes: Mistake[] = [];
for (const file of files) {
  const source = readFileSync(file, "utf8");
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) &&
      isProse(node)
    ) {
      /* The text between the delimiters, so that a final "?" before the closing quote is seen as ending the text. */
      const [opening, closing] = delimiters(node);
      const start = node.getStart(tree) + opening;
      const end = node.getEnd() - closing;
      const text = source.slice(start, end);
      /* Text after a substitution follows a word written by the substitution: "${name} : " is checked as "x : ". */
      const afterSubstitution = ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? "x" : "";
      if (TYPOGRAPHY_MISTAKE.test(afterSubstitution + text)) {
        mistakes.push({ file, line: tree.getLineAndCharacterOfPosition(start).line + 1, text: text.trim().slice(0, 80) });
        edits.push({ start, end, text: fixPlainSpaces(afterSubstitution + text).slice(afterSubstitution.length) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  if (fix && edits.length > 0) {
    const rewritten = edits.reduceRight((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
    writeFileSync(file, rewritten);
  }
}

if (mistakes.length > 0) {
  for (const mistake of mistakes) console.log(`${mistake.file}:${mistake.line}  ${mistake.text}`);
  console.log(
    fix
      ? `\n${mistakes.length} texte(s) corrigé(s) : espace insécable avant : ; ! ? et dans « ».`
      : `\n${mistakes.length} texte(s) avec une espace ordinaire avant : ; ! ? ou dans « » : lancez \`npm run typography -- --fix\`.`,
  );
  if (!fix) process.exitCode = 1;
} else {
  console.log("Typographie : aucune espace ordinaire avant : ; ! ? ni dans « ».");
}

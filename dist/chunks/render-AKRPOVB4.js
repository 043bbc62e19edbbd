import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  REMARK_EXTENSION,
  REMARK_PACKAGES,
  SECRETS,
  WORKFLOW_ACTION,
  WORKFLOW_FILE,
  WORKFLOW_TARGETS
} from "./chunk-U3FJDB7I.js";
import "./chunk-VYMFXBL5.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-U4KXGS5A.js";
import "./chunk-SJR6QM7P.js";

// src/init/render.ts
var LABELS = {
  create: "created",
  append: "updated",
  keep: "kept",
  skip: "skipped"
};
function renderSteps(steps) {
  const width = Math.max(...steps.map((s) => LABELS[s.kind].length));
  const lines = steps.map((step) => {
    const label = LABELS[step.kind].padEnd(width);
    const detail = step.kind === "keep" ? ` (exists, left as is${step.note ? `; ${step.note}` : ""})` : step.kind === "append" || step.kind === "skip" ? ` (${step.note})` : "";
    return `  ${label}  ${step.path}${detail}`;
  });
  return `${lines.join("\n")}
`;
}
function renderNextSteps(steps) {
  const written = steps.filter((s) => s.kind === "create" || s.kind === "append");
  const out = ["", "Next steps:"];
  let n = 0;
  const step = (...lines) => {
    n += 1;
    out.push(`${n}. ${lines[0]}`, ...lines.slice(1).map((l) => `   ${l}`));
  };
  if (written.some((s) => s.path === WORKFLOW_FILE)) {
    step(
      `In ${WORKFLOW_FILE}, replace ${WORKFLOW_ACTION} with where you get faqops from (faqops's README, "Use it in your repository").`
    );
  }
  const width = Math.max(...SECRETS.map((s) => s.name.length));
  const secrets = SECRETS.map((s) => `  ${s.name.padEnd(width)}  ${s.what}`);
  if (written.some((s) => s.path === WORKFLOW_FILE)) {
    const [staging, production] = WORKFLOW_TARGETS;
    step(
      `The workflow syncs two bots, ${staging} on every merge and ${production} on a release tag: name them`,
      `in faqops.config.yaml, in the repository root: \`targets: {${staging}: {}, ${production}: {}}\` (docs/targets.md).`
    );
    step(
      `Create the environments ${staging} and ${production} (Settings \u2192 Environments; give ${production} required`,
      "reviewers), each with these secrets from its bot's console on the WeChat Dialogue Open Platform;",
      "pull requests need none of them:",
      ...secrets
    );
  } else {
    step(
      "Create these repository secrets (Settings \u2192 Secrets and variables \u2192 Actions) from the bot's",
      "console on the WeChat Dialogue Open Platform; pull requests need none of them:",
      ...secrets
    );
  }
  step(
    "Write entries in content/ (content/README.md tells editors how, in Chinese), then run:",
    "  npx faqops check   every problem in every file",
    "  npx faqops plan    what a merge to main would change on the bot"
  );
  step(
    "To check front matter as you type in VS Code (docs/editors.md):",
    `  npm install --save-dev ${REMARK_PACKAGES.join(" ")}`,
    `  and the recommended extension ${REMARK_EXTENSION}`
  );
  if (written.length > 0) {
    const tops = [...new Set(written.map((s) => s.path.split("/")[0]))];
    step(`Commit what init wrote: git add ${tops.join(" ")} && git commit -m "Set up faqops"`);
  }
  return `${out.join("\n")}
`;
}
export {
  renderNextSteps,
  renderSteps
};

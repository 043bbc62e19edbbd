/** `faqops publish`: make written content live and wait for the publish to finish. */
import type { Command } from "commander";
import { integerValue, resolveSyncOptions } from "../../options.js";
import { publishAndWait } from "../../sync/publish.js";
import { openTarget } from "../platform.js";
import type { CommandContext } from "./index.js";
import { addPlatformOptions } from "./shared-options.js";

/** Registers `faqops publish`. */
export function registerPublish(program: Command, { io }: CommandContext): void {
  const command = program
    .command("publish")
    .summary("make written content live")
    .description(
      "Call publish, then poll publish_progress until the publish is done (exit 0) or failed (exit 1).",
    )
    .option("--emulator", "publish on the rehearsal emulator (see apply --emulator)")
    .option("--timeout <seconds>", "give up waiting after this long (default: 600)");
  addPlatformOptions(command);
  command.action(async (flags: Record<string, string | boolean | undefined>) => {
    const options = resolveSyncOptions({ cwd: io.cwd, emulator: flags.emulator });
    const timeoutS = integerValue("timeout", flags.timeout, 600, { min: 1, max: 86_400 });
    const target = await openTarget(io, options, flags);
    const client = target.connect();
    try {
      await publishAndWait(client, {
        timeoutMs: timeoutS * 1000,
        onProgress: (p) => io.stdout(`publish: ${p.progress}%${p.status === 1 ? " (done)" : ""}\n`),
      });
      io.stdout("Published: the content is live.\n");
    } finally {
      client.close();
      await target.close();
    }
  });
}

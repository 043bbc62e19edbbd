// The GitHub Action's entry point: nothing but a call into the action shell.
import { run } from "./main.js";

await run();

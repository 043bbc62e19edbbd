/** The GitHub Action shell (placeholder until the action issue lands). */
import * as core from "@actions/core";

/** Runs the action. */
export async function run(): Promise<void> {
  core.setFailed("The faqops action is not implemented yet.");
}

/**
 * The before of a change: what the platform holds for an entry the plan updates, renames or
 * reports as drift, as far as faqops can show it (see loadBefore).
 */
import type { Message } from "../content/types.js";

/** An entry as it was last synced: what the platform holds for it. */
export interface BeforeEntry {
  readonly skill: string;
  readonly title: string;
  readonly questions: readonly string[];
  readonly messages: readonly Message[];
}

/** The before of one change, or why it cannot be shown. */
export type Before =
  | { readonly found: true; readonly entry: BeforeEntry }
  | { readonly found: false; readonly why: string };

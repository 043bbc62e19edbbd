/**
 * Removes secrets (the TOKEN, the EncodingAESKey) from text and errors before they leave the client.
 *
 * The TOKEN is the last segment of every request URL, and got's errors carry the URL (in the
 * message, in `options`, in the request and response objects), so no foreign error is passed on
 * as is: `scrubError` copies only names, codes, messages and stacks, redacted, into plain Errors.
 */

/** What a secret is replaced with. */
export const REDACTED = "[redacted]";

/** Replaces secrets in text. */
export type Redactor = (text: string) => string;

/** The forms a secret can take in text: raw, and URL-encoded with upper- or lower-case hex. */
function variants(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), encodeURI(secret)]);
  for (const form of [...forms]) forms.add(form.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  return [...forms];
}

/** Creates a redactor for the given secrets; blank secrets are ignored (they would match everywhere). */
export function createRedactor(secrets: readonly string[]): Redactor {
  // Longest first, so a form that contains another is replaced whole.
  const forms = [...new Set(secrets.filter((s) => s.trim() !== "").flatMap(variants))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => {
    let out = text;
    for (const form of forms) out = out.replaceAll(form, REDACTED);
    return out;
  };
}

/**
 * A redacted plain copy of any thrown value: name, message, stack, a string or number `code`, and
 * the `cause` chain and AggregateError's `errors`, recursively. Nothing else is copied.
 */
export function scrubError(value: unknown, redact: Redactor, depth = 0): Error {
  if (!(value instanceof Error)) return new Error(redact(String(value)));
  const nested = depth < 8;
  const errors =
    value instanceof AggregateError && nested
      ? value.errors.map((e) => scrubError(e, redact, depth + 1))
      : undefined;
  const copy: Error & { code?: string | number } = errors
    ? new AggregateError(errors, redact(value.message))
    : new Error(redact(value.message));
  if (value.cause !== undefined && nested) copy.cause = scrubError(value.cause, redact, depth + 1);
  copy.name = redact(value.name);
  copy.stack = value.stack === undefined ? undefined : redact(value.stack);
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number")
    copy.code = typeof code === "number" ? code : redact(code);
  return copy;
}

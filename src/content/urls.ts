/** The one URL rule shared by links and cards: absolute http(s), nothing that breaks `href="…"`. */

/** Why a URL cannot be sent, or undefined when it can. */
export function urlProblem(url: string): string | undefined {
  if (/["<>\s]/.test(url)) {
    return `"${url}" contains a space, a quote, < or >: percent-encode it (a space is %20)`;
  }
  if (!/^https?:\/\/[^/?#]/i.test(url) || !URL.canParse(url)) {
    return `"${url}" is not a full web address: write an absolute URL starting with https:// or http://`;
  }
  return undefined;
}

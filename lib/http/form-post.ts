// Account forms work without JavaScript too: the browser posts urlencoded and gets a redirect
// back (303) carrying an error code, instead of the JSON a script gets.

export function isHtmlFormPost(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
}

/**
 * A 303 to a same-site path (See Other: the browser follows it with a GET). The Location stays
 * relative (RFC 9110 allows it): behind `next start` request.url names the host Next was started
 * with ("localhost"), not the one the browser used, and cookies set for one are not sent to the other.
 */
export function seeOther(_request: Request, path: string, headers?: HeadersInit): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: path, "Cache-Control": "no-store", ...headers },
  });
}

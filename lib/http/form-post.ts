// Account forms work without JavaScript too: the browser posts urlencoded and gets a redirect
// back (303) carrying an error code, instead of the JSON a script gets.

export function isHtmlFormPost(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
}

/** A 303 to a same-site path (See Other: the browser follows it with a GET). */
export function seeOther(request: Request, path: string, headers?: HeadersInit): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(path, request.url).toString(), "Cache-Control": "no-store", ...headers },
  });
}

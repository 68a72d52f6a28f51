/**
 * Auth.js's own GET and POST, on the app's public address. Loaded on demand, like `getSessionUser`:
 * next-auth pulls in Next's request internals, which plain Node (tests, jobs) importing this domain lacks.
 */
export async function handleAuthJs(request: Request, method: "GET" | "POST"): Promise<Response> {
  const [{ handlers }, { publicAuthRequest }] = await Promise.all([import("./next-auth"), import("./public-request")]);
  return handlers[method](publicAuthRequest(request));
}

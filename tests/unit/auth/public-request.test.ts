import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/env";
import { publicAuthRequest } from "@/server/auth/public-request";

const original = env.APP_URL;

describe("Auth.js requests with APP_URL", () => {
  afterEach(() => {
    env.APP_URL = original;
  });

  it("are re-addressed to the public URL, whatever host the request claims", async () => {
    env.APP_URL = "https://closer.example.com";
    const request = publicAuthRequest(new Request("http://10.0.0.5:3000/api/auth/signin/email?x=1", { method: "POST", headers: { host: "evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "email=a%40b.test" }));
    expect(request.nextUrl.origin).toBe("https://closer.example.com");
    expect(request.url).toBe("https://closer.example.com/api/auth/signin/email?x=1");
    expect(request.headers.get("host")).toBe("closer.example.com");
    expect(request.headers.get("x-forwarded-proto")).toBe("https");
    expect(await request.text()).toBe("email=a%40b.test");
  });

  it("are left as they are without APP_URL", () => {
    env.APP_URL = undefined;
    expect(publicAuthRequest(new Request("http://127.0.0.1:3000/api/auth/providers")).nextUrl.pathname).toBe("/api/auth/providers");
  });
});

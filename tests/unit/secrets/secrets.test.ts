import { describe, expect, it } from "vitest";

// A fixed key keeps the test from generating a local auth secret on disk.
process.env.SECRETS_KEY = "unit-test-secrets-key";
const { maskSecret, openSecret, sealSecret, SecretUnreadableError } = await import("@/server/secrets");

describe("stored secrets", () => {
  it("round-trips and never stores the plain text", () => {
    const plain = "https://hooks.example.test/services/T000/B000/abcdef123456";
    const sealed = sealSecret(plain);
    expect(sealed).not.toContain("hooks.example.test");
    expect(sealed).not.toBe(sealSecret(plain));
    expect(openSecret(sealed)).toBe(plain);
  });

  it("refuses a tampered or foreign value with a clear error", () => {
    const sealed = sealSecret("api-key-0123456789");
    const parts = sealed.split(":");
    const flipped = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    expect(() => openSecret([...parts.slice(0, 3), flipped].join(":"))).toThrow(SecretUnreadableError);
    expect(() => openSecret("plain text")).toThrow(SecretUnreadableError);
  });

  it("masks URLs to their host and keys to their last characters", () => {
    expect(maskSecret("https://hooks.example.test/services/T000/B000/secret")).toBe("https://hooks.example.test/••••");
    expect(maskSecret("sk-test-0123456789abcd")).toBe("••••abcd");
    expect(maskSecret("short")).toBe("••••");
  });
});

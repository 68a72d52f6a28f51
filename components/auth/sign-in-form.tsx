"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Separator } from "@/components/ui/separator";

export interface SignInMethods {
  magicLink: boolean;
  github: boolean;
  google: boolean;
}

const errorMessages: Record<string, string> = {
  rate_limited: "Too many failed attempts. Wait a few minutes, then try again.",
  unverified: "Confirm your email address first: open the link we sent you when you signed up. No link? Sign up again with the same address to get a new one.",
  EmailSignin: "We could not send a sign-in link just now. Wait a while, then try again.",
  credentials: "That email and password do not match an account.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  OAuthAccountNotLinked: "That email already has an account. Sign in the way you did before.",
};

export function SignInForm({ methods, callbackUrl, initialError }: { methods: SignInMethods; callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(initialError ? (errorMessages[initialError] ?? "Sign-in failed. Try again.") : undefined);
  const [pending, setPending] = useState<"password" | "link" | null>(null);
  const [email, setEmail] = useState("");

  async function onPasswordSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending("password");
    setError(undefined);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    if (result?.error) {
      setPending(null);
      setError(errorMessages[result.code ?? "credentials"] ?? errorMessages.credentials);
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  async function onMagicLink() {
    if (!email) {
      setError("Enter your email address first.");
      return;
    }
    setPending("link");
    await signIn("email", { email, redirectTo: callbackUrl });
  }

  return (
    <div className="grid gap-4">
      <FormError message={error} />
      <form onSubmit={onPasswordSubmit} className="grid gap-4" noValidate>
        <FormField id="email" label="Email">
          <Input name="email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </FormField>
        <FormField id="password" label="Password">
          <Input name="password" type="password" autoComplete="current-password" required />
        </FormField>
        <Button type="submit" loading={pending === "password"} disabled={pending !== null}>
          Sign in
        </Button>
      </form>
      {methods.magicLink || methods.github || methods.google ? <Separator /> : null}
      {methods.magicLink ? (
        <Button variant="outline" onClick={onMagicLink} loading={pending === "link"} disabled={pending !== null}>
          Email me a sign-in link
        </Button>
      ) : null}
      {methods.github ? (
        <Button variant="outline" onClick={() => signIn("github", { redirectTo: callbackUrl })}>
          Continue with GitHub
        </Button>
      ) : null}
      {methods.google ? (
        <Button variant="outline" onClick={() => signIn("google", { redirectTo: callbackUrl })}>
          Continue with Google
        </Button>
      ) : null}
    </div>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function SignUpForm({ callbackUrl, minPasswordLength }: { callbackUrl: string; minPasswordLength: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.profile.signUp.mutationOptions());
  const [signingIn, setSigningIn] = useState(false);
  const problem = signUp.error ? describeError(signUp.error) : null;
  const fieldError = (field: string) => problem?.fieldErrors[field]?.[0];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    signUp.mutate(input, {
      onSuccess: async () => {
        setSigningIn(true);
        await signIn("credentials", { email: input.email, password: input.password, redirect: false });
        router.push(callbackUrl);
        router.refresh();
      },
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormError message={problem && !Object.keys(problem.fieldErrors).length ? problem.message : null} />
      <FormField id="name" label="Your name" error={fieldError("name")}>
        <Input name="name" autoComplete="name" />
      </FormField>
      <FormField id="email" label="Work email" required error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" />
      </FormField>
      <FormField id="password" label="Password" required description={`At least ${minPasswordLength} characters.`} error={fieldError("password")}>
        <Input name="password" type="password" autoComplete="new-password" minLength={minPasswordLength} />
      </FormField>
      <Button type="submit" loading={signUp.isPending || signingIn}>
        Create account
      </Button>
    </form>
  );
}

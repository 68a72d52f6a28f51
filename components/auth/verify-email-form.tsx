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

/** Confirms an address with the password chosen at sign-up, then signs the person in. */
export function VerifyEmailForm({ token, email, next }: { token: string; email: string; next: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const verify = useMutation(trpc.profile.verifyEmail.mutationOptions());
  const [signingIn, setSigningIn] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    verify.mutate(
      { token, password },
      {
        onSuccess: async () => {
          setSigningIn(true);
          await signIn("credentials", { email, password, redirect: false });
          router.push(next);
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormError message={verify.error ? describeError(verify.error).message : null} />
      <FormField id="password" label="Password" required description="The password you chose when you signed up.">
        <Input name="password" type="password" autoComplete="current-password" autoFocus />
      </FormField>
      <Button type="submit" loading={verify.isPending || signingIn}>
        Confirm and sign in
      </Button>
    </form>
  );
}

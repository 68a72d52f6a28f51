"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toaster";

function ProfileForm({ initialName, email }: { initialName: string; email: string }) {
  const trpc = useTRPC();
  const [name, setName] = useState(initialName);
  const update = useMutation(trpc.profile.update.mutationOptions({ onSuccess: () => toast.success("Profile saved.") }));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ name });
  }
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>Signed in as {email}.</CardDescription>
        </CardHeader>
        <CardContent className="py-4">
          <FormField id="profile-name" label="Your name" error={update.error ? describeError(update.error).message : undefined}>
            <Input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={80} />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" loading={update.isPending} disabled={name === initialName}>
            Save
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function PasswordForm({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.profile.changePassword.mutationOptions());
  const problem = change.error ? describeError(change.error) : null;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get("next") ?? "");
    change.mutate(
      { currentPassword: String(data.get("current") ?? "") || undefined, newPassword },
      {
        onSuccess: async () => {
          // Changing the password signs the account out everywhere; this browser signs straight back in.
          await signIn("credentials", { email, password: newPassword, redirect: false });
          toast.success("Password changed. Any other devices were signed out.");
          form.reset();
        },
      },
    );
  }
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate>
        <CardHeader>
          <CardTitle>{hasPassword ? "Change password" : "Set a password"}</CardTitle>
          <CardDescription>A passphrase of a few words works well.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 py-4">
          {hasPassword ? (
            <FormField id="current-password" label="Current password" error={problem && !problem.fieldErrors.newPassword ? problem.message : undefined}>
              <Input name="current" type="password" autoComplete="current-password" />
            </FormField>
          ) : null}
          {/* The error repeats the rule ("Use at least 10 characters."), so the hint steps aside while it shows. */}
          <FormField
            id="new-password"
            label="New password"
            description={problem?.fieldErrors.newPassword ? undefined : "At least 10 characters."}
            error={problem?.fieldErrors.newPassword?.[0]}
          >
            <Input name="next" type="password" autoComplete="new-password" />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" loading={change.isPending}>
            {hasPassword ? "Change password" : "Set password"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

export function AccountSettings() {
  const trpc = useTRPC();
  const me = useQuery(trpc.profile.me.queryOptions());
  if (me.isPending) return <Skeleton className="h-48 w-full" />;
  if (me.isError || !me.data) return <p className="text-sm text-destructive">{describeError(me.error).message}</p>;
  return (
    <div className="grid gap-6">
      <ProfileForm initialName={me.data.name ?? ""} email={me.data.email} />
      <PasswordForm hasPassword={me.data.hasPassword} email={me.data.email} />
    </div>
  );
}

"use client";

import { OptionsSelect } from "@/components/ui/options-select";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { limits } from "./form-model";
import { personalityOptions, roleOptions } from "./labels";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./sections";
import type { AgentRole, Personality } from "./types";

function BrandVoice() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const current = useQuery(trpc.workspaces.get.queryOptions({ workspaceId: workspace.id }));
  const brandVoice = current.data?.workspace.brandVoice;
  const settings = `/w/${workspace.slug}/settings`;
  if (current.isPending) return null;
  return (
    <div className="grid gap-2 rounded-md border bg-muted/40 p-3 text-sm" role="group" aria-label="Your brand voice">
      {brandVoice ? (
        <>
          <p className="font-medium">Your brand voice</p>
          <p className="whitespace-pre-line text-muted-foreground">{brandVoice}</p>
          {workspace.can("workspace.update") ? (
            <Link href={settings} className="w-fit text-primary underline-offset-4 hover:underline">
              Edit in Settings
            </Link>
          ) : null}
        </>
      ) : workspace.can("workspace.update") ? (
        <p>
          Your workspace has no brand voice yet.{" "}
          <Link href={settings} className="text-primary underline-offset-4 hover:underline">
            Describe it in Settings
          </Link>{" "}
          so the agent can sound like you.
        </p>
      ) : (
        <p>Your workspace has no brand voice yet. Ask an admin to describe it in Settings; until then the agent sounds friendly.</p>
      )}
    </div>
  );
}

export function IdentitySection({ form, update, errors, disabled }: SectionProps) {
  const avatarUrl = form.avatarUrl.trim();
  return (
    <SectionCard title="Identity" description="Who visitors are talking to.">
      <FormField id="agent-name" label="Name" required error={errors.name} description="Shown in the chat header.">
        <Input value={form.name} onChange={(event) => update("name", event.target.value)} maxLength={limits.name} disabled={disabled} autoComplete="off" />
      </FormField>
      <div className="flex items-start gap-4">
        <Avatar className="mt-6 size-12 border">
          {avatarUrl ? <AvatarImage src={avatarUrl} alt="" /> : null}
          <AvatarFallback name={form.name || "?"} />
        </Avatar>
        <FormField id="agent-avatar" label="Avatar image address" className="flex-1" error={errors.avatarUrl} description="A square image works best. Leave empty to show the agent's initials.">
          <Input type="url" value={form.avatarUrl} onChange={(event) => update("avatarUrl", event.target.value)} placeholder="https://example.com/avatar.png" disabled={disabled} />
        </FormField>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="agent-role" label="Role" error={errors.role} description={roleOptions.find((option) => option.value === form.role)?.description}>
          {(control) => <OptionsSelect value={form.role} onValueChange={(value) => update("role", value as AgentRole)} options={roleOptions} control={control} disabled={disabled} />}
        </FormField>
        <FormField id="agent-personality" label="Personality" error={errors.personality} description="How the agent sounds.">
          {(control) => (
            <OptionsSelect value={form.personality} onValueChange={(value) => update("personality", value as Personality)} options={personalityOptions} control={control} disabled={disabled} />
          )}
        </FormField>
      </div>
      {form.personality === "brand_voice" ? <BrandVoice /> : null}
    </SectionCard>
  );
}

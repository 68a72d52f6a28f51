"use client";

import { FormField } from "@/components/ui/form-field";
import { Separator } from "@/components/ui/separator";
import { Textarea } from "@/components/ui/textarea";
import { EmbedSnippet } from "./embed-snippet";
import { IdentityVerification } from "./identity-verification";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./sections";

export function ChannelsSection({ form, update, errors, disabled, agentId, published }: SectionProps & { agentId: string; published: boolean }) {
  return (
    <SectionCard title="Website chat" description="Put the agent on your website with one line of code.">
      <FormField
        id="agent-domains"
        label="Allowed websites"
        error={errors.allowedDomains}
        description="One per line: example.com, *.example.com for every subdomain, or localhost:3000 while testing. With none listed, the chat works only on the demo page."
      >
        <Textarea rows={4} value={form.allowedDomains} onChange={(event) => update("allowedDomains", event.target.value)} placeholder={"example.com\n*.example.com"} disabled={disabled} spellCheck={false} autoCapitalize="none" />
      </FormField>
      <Separator />
      <EmbedSnippet agentId={agentId} published={published} />
      <Separator />
      <IdentityVerification agentId={agentId} />
    </SectionCard>
  );
}

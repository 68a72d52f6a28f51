import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";
import { AccountSettings } from "@/components/account/account-settings";
import { PageHeader } from "@/components/dashboard/page-header";
import { requireSessionUser } from "@/server/auth";

export const metadata = { title: "Account · Closer" };

export default async function AccountPage() {
  await requireSessionUser("/account");
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-8">
      <Link href="/" className="mb-6 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeftIcon aria-hidden="true" className="size-4" /> Back to your workspace
      </Link>
      <PageHeader title="Account" description="Your profile and sign-in details." />
      <AccountSettings />
    </main>
  );
}

import Link from "next/link";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { getDb } from "@/db/client";
import { describeEmailVerification } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { safeCallbackUrl } from "@/server/http";

export const metadata = { title: "Confirm your email · Closer" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const params = await searchParams;
  const token = params.token;
  const link = typeof token === "string" && token.length >= 20 && token.length <= 200 ? await describeEmailVerification(await getDb(), token).catch((error: unknown) => (isAppError(error) ? null : Promise.reject(error))) : null;
  if (!link || typeof token !== "string") {
    return (
      <AuthCard
        title="This link no longer works"
        description="Confirmation links work once and expire after 24 hours."
        footer={
          <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/sign-up">
            Sign up again for a new link
          </Link>
        }
      />
    );
  }
  return (
    <AuthCard title="Confirm your email" description={`Enter the password you chose for ${link.email} to finish creating your account.`}>
      <VerifyEmailForm token={token} email={link.email} next={safeCallbackUrl(params.next)} />
    </AuthCard>
  );
}

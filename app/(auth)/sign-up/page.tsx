import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { safeCallbackUrl } from "@/server/http";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getDb } from "@/db/client";
import { getSessionUser, hasAnyAccount, PASSWORD_MIN_LENGTH } from "@/server/auth";

export const metadata = { title: "Create your account · Closer" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const firstAccount = !(await hasAnyAccount(await getDb()));
  return (
    <AuthCard
      title={firstAccount ? "Set up Closer" : "Create your account"}
      description={firstAccount ? "You are the first person here: your account will own the first workspace." : "Start answering your customers in minutes."}
      footer={
        <span>
          Already have an account?{" "}
          <Link className="font-medium text-primary underline-offset-4 hover:underline" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Sign in
          </Link>
        </span>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} minPasswordLength={PASSWORD_MIN_LENGTH} />
    </AuthCard>
  );
}

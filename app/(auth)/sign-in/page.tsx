import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { safeCallbackUrl } from "@/server/http";
import { SignInForm } from "@/components/auth/sign-in-form";
import { availableSignInMethods, getSessionUser } from "@/server/auth";

export const metadata = { title: "Sign in · Closer" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const error = typeof params.code === "string" ? params.code : typeof params.error === "string" ? params.error : undefined;
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back."
      footer={
        <span>
          New here?{" "}
          <Link className="font-medium text-primary underline-offset-4 hover:underline" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Create an account
          </Link>
        </span>
      }
    >
      <SignInForm methods={availableSignInMethods()} callbackUrl={callbackUrl} initialError={error} />
    </AuthCard>
  );
}

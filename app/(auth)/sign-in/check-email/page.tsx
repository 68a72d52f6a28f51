import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export const metadata = { title: "Check your email · Closer" };

export default function CheckEmailPage() {
  return (
    <AuthCard title="Check your email" description="We sent you a sign-in link. It works once and expires in 24 hours.">
      <p className="text-sm text-muted-foreground">
        No email? Check your spam folder, or{" "}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/sign-in">
          try again
        </Link>
        .
      </p>
    </AuthCard>
  );
}

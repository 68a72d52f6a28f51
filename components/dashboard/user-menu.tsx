"use client";

import { LogOutIcon, UserIcon } from "lucide-react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/**
 * Signs out, then goes to sign-in on the address the person is using: next-auth would build an
 * absolute URL from what the server believes its host is, which is wrong behind proxies and for
 * 127.0.0.1 versus localhost.
 */
async function signOutHere() {
  await signOut({ redirect: false });
  window.location.assign("/sign-in");
}

export function UserMenu({ user }: { user: { name: string | null; email: string } }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="h-auto w-full justify-start gap-2 px-2 py-1.5" aria-label={`Account menu for ${user.email}`}>
          <Avatar className="size-7">
            <AvatarFallback name={user.name ?? user.email} />
          </Avatar>
          <span className="grid min-w-0 text-left text-sm leading-tight">
            <span className="truncate font-medium">{user.name ?? user.email}</span>
            {user.name ? <span className="truncate text-xs text-muted-foreground">{user.email}</span> : null}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" side="top" className="w-56">
        <DropdownMenuLabel className="truncate">{user.email}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">
            <UserIcon aria-hidden="true" /> Account
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={signOutHere}>
          <LogOutIcon aria-hidden="true" /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

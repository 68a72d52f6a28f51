"use client";

import { MenuIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { WorkspaceSummary } from "@/server/workspaces";
import { LAST_WORKSPACE_COOKIE } from "../workspaces/last-workspace";
import { navItems } from "./nav-items";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

interface AppShellProps {
  current: { slug: string; name: string };
  workspaces: WorkspaceSummary[];
  user: { name: string | null; email: string };
  children: ReactNode;
}

function Navigation({ slug, user, current, workspaces, onNavigate }: Omit<AppShellProps, "children"> & { slug: string; onNavigate?: () => void }) {
  const pathname = usePathname();
  const base = `/w/${slug}`;
  return (
    <div className="flex h-full flex-col gap-4 p-3">
      <WorkspaceSwitcher current={current} workspaces={workspaces} />
      <nav aria-label="Workspace" className="flex-1">
        <ul className="grid gap-1">
          {navItems.map((item) => {
            const href = `${base}${item.path}`;
            const active = item.path ? pathname.startsWith(href) : pathname === base;
            return (
              <li key={item.label}>
                <Link
                  href={href}
                  aria-current={active ? "page" : undefined}
                  onClick={onNavigate}
                  className={cn(
                    "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                    active && "bg-accent text-accent-foreground",
                  )}
                >
                  <item.icon aria-hidden="true" className="size-4" />
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <UserMenu user={user} />
    </div>
  );
}

export function AppShell({ current, workspaces, user, children }: AppShellProps) {
  useEffect(() => {
    document.cookie = `${LAST_WORKSPACE_COOKIE}=${encodeURIComponent(current.slug)}; path=/; max-age=31536000; samesite=lax`;
  }, [current.slug]);
  const [menuOpen, setMenuOpen] = useState(false);
  const navProps = { slug: current.slug, current, workspaces, user };
  return (
    <div className="flex min-h-dvh bg-background">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2">
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 border-r bg-muted/30 md:block">
        <Navigation {...navProps} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center gap-2 border-b px-3 py-2 md:hidden">
          <Sheet open={menuOpen} onOpenChange={setMenuOpen}>
            <SheetTrigger asChild>
              <Button variant="ghost" size="icon" aria-label="Open navigation">
                <MenuIcon />
              </Button>
            </SheetTrigger>
            <SheetContent side="left" className="w-72 p-0">
              <SheetTitle className="sr-only">Navigation</SheetTitle>
              <SheetDescription className="sr-only">Workspace navigation and account menu</SheetDescription>
              <Navigation {...navProps} onNavigate={() => setMenuOpen(false)} />
            </SheetContent>
          </Sheet>
          <span className="truncate font-medium">{current.name}</span>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 md:px-8 md:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}

import { BookOpenIcon, BotIcon, LayoutDashboardIcon, SettingsIcon, UsersIcon, type LucideIcon } from "lucide-react";

export interface NavItem {
  label: string;
  /** Path below /w/<slug>; empty for the overview. */
  path: string;
  icon: LucideIcon;
}

/** Only screens that work are listed; each feature adds its entry when it ships. */
export const navItems: NavItem[] = [
  { label: "Overview", path: "", icon: LayoutDashboardIcon },
  { label: "Knowledge", path: "/knowledge", icon: BookOpenIcon },
  { label: "Agents", path: "/agents", icon: BotIcon },
  { label: "Members", path: "/members", icon: UsersIcon },
  { label: "Settings", path: "/settings", icon: SettingsIcon },
];

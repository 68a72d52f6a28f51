"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Permission, Role } from "@/server/workspaces";

export interface CurrentWorkspace {
  id: string;
  name: string;
  slug: string;
  role: Role;
  permissions: Permission[];
  /** The signed-in person viewing the workspace. */
  userId: string;
}

const WorkspaceContext = createContext<CurrentWorkspace | null>(null);

export function WorkspaceProvider({ value, children }: { value: CurrentWorkspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): CurrentWorkspace & { can: (permission: Permission) => boolean } {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace must be used inside a workspace page");
  return { ...workspace, can: (permission) => workspace.permissions.includes(permission) };
}

/** Cookie remembering the workspace someone used last, so the home page can take them back to it. */
export const LAST_WORKSPACE_COOKIE = "closer-last-workspace";

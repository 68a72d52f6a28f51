export { createAccount, verifyCredentials, getUser, updateProfile, changePassword, normaliseEmail, hasAnyAccount, SignInRateLimited } from "./accounts";
export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from "./password";
export { allowSignUp } from "./rate-limit";
export { availableSignInMethods, clientIp, magicLinkEnabled } from "./sign-in-methods";
export { getSessionUser, type SessionUser } from "./session";
export { requireSessionUser } from "./require-user";

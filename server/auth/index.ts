export { verifyCredentials, getUser, updateProfile, changePassword, normaliseEmail, hasAnyAccount, discardUnprovenPassword, removeUnprovenAccount, EmailNotVerified } from "./accounts";
export { signUp, type SignUpInput, type SignUpResult } from "./sign-up";
export { confirmEmail, describeEmailVerification, deleteExpiredVerifications, VERIFICATION_TTL_HOURS } from "./email-verification";
export { invitationTokenFrom, parseSignUpPolicy, signUpPolicy, type SignUpPolicy } from "./sign-up-policy";
export { assertSignInAllowed, lockoutSeconds } from "./sign-in-limits";
export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from "./password";
export { availableSignInMethods, magicLinkEnabled } from "./sign-in-methods";
export { getSessionUser, type SessionUser } from "./session";
export { requireSessionUser } from "./require-user";

export { isMailConfigured, sendMail, type MailMessage } from "./mail";

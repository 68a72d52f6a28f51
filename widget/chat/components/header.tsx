/** @jsxImportSource preact */
import { type Translator } from "../i18n";
import { CloseIcon } from "./icons";

export interface HeaderProps {
  name: string;
  avatarUrl: string | null;
  /** The AI badge shows while the assistant handles the conversation, not once a person takes over. */
  aiHandling: boolean;
  showClose: boolean;
  onClose: () => void;
  translator: Translator;
}

export function Header({ name, avatarUrl, aiHandling, showClose, onClose, translator }: HeaderProps) {
  const { t } = translator;
  return (
    <header class="header">
      {avatarUrl ? <img class="avatar" src={avatarUrl} alt="" width={36} height={36} /> : <span class="avatar avatar-initial" aria-hidden="true">{name.slice(0, 1).toUpperCase()}</span>}
      <div class="identity">
        <h1 class="name">
          {name}
          {aiHandling && (
            <span class="badge">
              {t("aiBadge")}
              <span class="sr-only"> ({t("aiBadgeDescription")})</span>
            </span>
          )}
        </h1>
        {!aiHandling && <p class="subtitle">{t("humanHandling")}</p>}
      </div>
      {showClose && (
        <button type="button" class="icon-button close" aria-label={t("close")} onClick={onClose}>
          <CloseIcon />
        </button>
      )}
    </header>
  );
}

/**
 * Styles of the launcher and the panel frame, scoped to the widget's shadow root. `:host { all:
 * initial }` stops the host page's inherited styles (fonts, colours, line-height) leaking in.
 */
export const launcherStyles = `
:host{all:initial}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;padding:0;margin:0;border:0;border-radius:50%;background:#1d4ed8;color:#fff;cursor:pointer;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 14px rgba(15,23,42,.3)}
.launcher:hover{background:#1e40af}
.launcher:focus-visible{outline:3px solid #0f172a;outline-offset:3px;box-shadow:0 0 0 3px #fff}
.launcher svg{width:26px;height:26px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.launcher .close,.open .launcher .chat{display:none}
.open .launcher .close{display:block}
.dot{position:absolute;top:2px;right:2px;width:14px;height:14px;border-radius:50%;background:#dc2626;border:2px solid #fff;box-sizing:border-box}
.frame{position:fixed;right:20px;bottom:88px;z-index:2147483000;width:400px;max-width:calc(100vw - 40px);height:640px;max-height:calc(100vh - 108px);border:0;border-radius:16px;background:#fff;box-shadow:0 12px 40px rgba(15,23,42,.25);color-scheme:light}
.frame[hidden]{display:none}
@media (max-width:480px){
.frame{inset:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}
.open .launcher{display:none}
}
@media (prefers-reduced-motion:no-preference){
.frame{animation:closer-pop .16s ease-out}
@keyframes closer-pop{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}
}
`;

export const chatIcon =
  '<svg class="chat" viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12Z"/></svg>' +
  '<svg class="close" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"/></svg>';

/** localStorage key of the visitor's explicit theme choice; absent means "follow the system". */
export const THEME_KEY = "theme";

/**
 * Runs before first paint so an explicit theme choice never flashes the other scheme, and
 * marks the page as scripted (`data-js`), which shows the controls that work only with
 * JavaScript (`.needs-js` in globals.css) without a shift once the page hydrates.
 * The build hashes this inline script into the CSP, so it must stay static text.
 */
const script = `document.documentElement.dataset.js="";try{var t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

/** localStorage key of the visitor's explicit theme choice; absent means "follow the system". */
export const THEME_KEY = "theme";

/**
 * Runs before first paint so an explicit theme choice never flashes the other scheme.
 * The build hashes this inline script into the CSP, so it must stay static text.
 */
const script = `try{var t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

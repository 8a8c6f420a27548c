"use client";

import { useSyncExternalStore } from "react";
import { THEME_KEY } from "./theme-script";

type Theme = "system" | "light" | "dark";
const THEMES: { value: Theme; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

const listeners = new Set<() => void>();

function read(): Theme {
  const t = document.documentElement.dataset.theme;
  return t === "light" || t === "dark" ? t : "system";
}

function write(theme: Theme) {
  const root = document.documentElement;
  try {
    if (theme === "system") localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage may be blocked; the choice then lasts for this page view only.
  }
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Three-way theme switch: follow the system, or force light or dark. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, read, () => "system" as const);
  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="flex rounded-md border border-border text-sm"
    >
      {THEMES.map(({ value, label }) => (
        <button
          key={value}
          type="button"
          aria-pressed={theme === value}
          onClick={() => write(value)}
          className="px-2 py-1 first:rounded-l-md last:rounded-r-md aria-pressed:bg-accent-soft aria-pressed:font-semibold"
        >
          {label}
        </button>
      ))}
    </div>
  );
}

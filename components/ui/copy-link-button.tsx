"use client";

import { useState } from "react";

/**
 * Copies this page's address with `query` (the canonical query string of the current state,
 * which the address bar may lag behind) and confirms it in a polite status message.
 */
export function CopyLinkButton({
  query,
  className,
  disabled = false,
  label = "Copy link",
}: {
  query: string;
  className: string;
  disabled?: boolean;
  label?: string;
}) {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      const { origin, pathname, hash } = window.location;
      await navigator.clipboard.writeText(`${origin}${pathname}${query}${hash}`);
      setMessage("Link copied");
    } catch {
      setMessage("Copying failed: copy the address from the address bar");
    }
  }
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="text-sm text-good">
        {message}
      </span>
    </>
  );
}

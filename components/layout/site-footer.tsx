export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border bg-surface print:hidden">
      <div className="mx-auto max-w-7xl space-y-2 px-4 py-6 text-sm text-muted">
        <p>
          Facts come from a GPU cloud provider&apos;s public FAQ and from vendor and provider
          documentation. Every value names its <a href="/sources">source</a> and says whether the
          source states it, it is derived from a stated fact, or the source is silent.
        </p>
        <p>
          The whole comparison is available as <a href="/matrix.json">matrix.json</a>. Nothing about
          you is stored: the view you see lives in the address bar.
        </p>
      </div>
    </footer>
  );
}

/**
 * The few `chrome.*` calls the browser tests make inside the extension's
 * service worker (page.evaluate bodies run there, not in Node).
 */
declare namespace chrome {
  namespace tabs {
    function query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string }[]>;
  }
  namespace action {
    function getBadgeText(d: { tabId: number }): Promise<string>;
    function getBadgeBackgroundColor(d: { tabId: number }): Promise<[number, number, number, number]>;
  }
  namespace storage {
    const session: { get(key: string): Promise<Record<string, unknown>> };
  }
}
declare namespace chrome {
  namespace storage {
    const onChanged: { addListener(f: (changes: Record<string, unknown>, area: string) => void): void };
  }
}
declare namespace chrome {
  namespace storage {
    /** Imported reference sets and settings, written by the tests as the extension writes them. */
    const local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  }
}

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
// The reader's view tests (reader.test.ts): commands, the context menu, the side panel, settings.
declare namespace chrome {
  namespace commands {
    function getAll(): Promise<{ name: string; description: string; shortcut: string }[]>;
  }
  namespace tabs {
    function sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  }
  namespace storage {
    const local: { get(key: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  }
  namespace contextMenus {
    function update(id: string, props: { title?: string }): Promise<void>;
  }
  const sidePanel: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
}

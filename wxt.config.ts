import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each one is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // The Firefox sources zip (for add-on review) holds what builds the extension, not tests or screenshots.
  zip: { excludeSources: ['docs/**', 'tests/**', '.ci/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      "Highlights claims about North Korea's 6 January 2025 missile launch and checks them against five outlets' reporting, offline.",
    // contextMenus: "Check with Crosscheck" on selected text.
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Crosscheck' },
    // Changeable in the browser's shortcut settings (chrome://extensions/shortcuts; Firefox: about:addons,
    // Manage Extension Shortcuts). The page side steps through claims needing attention on `step-claim`.
    // Chromium leaves Alt+Shift+N and Alt+Shift+P unassigned when an extension suggests them (they come
    // back "not set" from commands.getAll), so the steps suggest the keys of > and <.
    commands: {
      'next-attention': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Next claim needing attention' },
      'previous-attention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Previous claim needing attention' },
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Crosscheck side panel' },
    },
    // The checker (session.js) is imported by the content script when its gate opens; a dynamic
    // import needs the file web-accessible. Chrome serves it only under a per-session address, so a page
    // cannot probe for the extension at a fixed URL.
    web_accessible_resources: [
      {
        resources: ['session.js'],
        matches: ['http://*/*', 'https://*/*', 'file:///*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

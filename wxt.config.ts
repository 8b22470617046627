import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'whosaid',
    description:
      'Who said what on a news page: highlights quotes and the people named, lists every statement, copies quotes with attribution.',
    permissions: [
      'activeTab',
      'storage',
      'contextMenus',
      'clipboardWrite',
      // Chrome's service worker copies through an offscreen document (entrypoints/offscreen).
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    action: { default_title: 'whosaid' },
    ...(browser === 'firefox'
      ? {
          // whosaid sends nothing anywhere: everything stays in the browser.
          browser_specific_settings: {
            gecko: { id: 'whosaid@whosaid.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Switch highlights on or off in this tab',
      },
    },
  }),
});

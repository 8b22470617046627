import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'whosaid',
    description:
      'Who said what on a news page: highlights quotes and the people named, lists every statement, copies quotes with attribution.',
    permissions: ['activeTab', 'storage', 'contextMenus', 'clipboardWrite'],
    action: { default_title: 'whosaid' },
  },
});

/**
 * The background: wires its features (badge, context menu, keyboard command, the page text's analysis). Each
 * feature file exports one function that registers its listeners.
 */
import { analyzer, setAnalyzerMode } from './analyzer.ts';
import { badge } from './badge.ts';
import { commands, onCommand } from './commands.ts';
import { contextMenu, onMenuClick } from './context-menu.ts';

const FEATURES = { badge, 'context-menu': contextMenu, commands, analyzer } as const;

export default defineBackground(() => {
  for (const [name, init] of Object.entries(FEATURES)) {
    try {
      init();
    } catch (error) {
      console.error(`whosaid: background feature ${name} failed to start`, error);
    }
  }
  // The browser test runs these as a user would trigger them; a headless browser has no menus or shortcuts.
  // It also sets how the analyzer answers, to see a pass whose background is silent or hangs.
  Object.assign(globalThis, { whosaidBackground: { onMenuClick, onCommand, setAnalyzerMode } });
});

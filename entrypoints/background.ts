export default defineBackground(() => {
  // Wired in the popup/background work; kept empty so the worker exists.
});

/**
 * The content script's error policy (STYLE.md habit 12): each feature runs isolated, a failure is logged once
 * per feature and kind of error with a distinct prefix, and nothing is thrown into the page.
 */

const logged = new Set<string>();

/** Logs `error` for `feature` unless the same feature already logged the same message. */
export function reportOnce(feature: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const key = `${feature}\u0000${message}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.error(`[whosaid:${feature}]`, error);
}

/** Runs `fn`, reporting (never rethrowing) what it throws; returns its value or `fallback`. */
export function guard<T>(feature: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    reportOnce(feature, error);
    return fallback;
  }
}

/** Wraps a callback (a listener, a timer) so that what it throws is reported, not thrown into the page. */
export function guarded<A extends unknown[]>(
  feature: string,
  fn: (...args: A) => void,
): (...args: A) => void {
  return (...args: A) => guard(feature, () => fn(...args), undefined);
}

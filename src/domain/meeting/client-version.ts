/**
 * Whether a Zoom client's dotted version is at least `minimum`, part by part ("6.10.0" ≥ "6.9.9",
 * "5.16.10.1234" ≥ "5.16.10", "6.3" ≥ "6.2.5"). A version that is not dotted numbers ("", "web")
 * is never new enough: a feature is offered only where the client is known to have it.
 */
export function versionAtLeast(version: string, minimum: string): boolean {
  const parts = (value: string) => value.split('.').map((part) => Number.parseInt(part, 10));
  const have = parts(version);
  const need = parts(minimum);
  if (have.some((part) => !Number.isFinite(part))) return false;
  for (let i = 0; i < Math.max(have.length, need.length); i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

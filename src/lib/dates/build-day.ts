/**
 * The day a build is "as of", for the few things that depend on the current date (an undated
 * document's units, the criteria set in force for a map with no data). SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds.org convention; CI sets it to the commit's time) pins it, so two builds
 * of one commit agree whatever day they run; without it, today (UTC).
 */
export const buildDay = (env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()): string => {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return now().toISOString().slice(0, 10);
};
